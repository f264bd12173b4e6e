package org.rapport.sales;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the sales calendar: a quarter (2026-Q4), a month (2026-11) or a year (2026), both days included.
 *
 * @param name as written: 2026-Q4, 2026-11 or 2026
 */
public record SalesPeriod(String name, LocalDate from, LocalDate to) {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	/** Reads 2026-Q4, 2026-11 or 2026; empty for anything else. */
	public static Optional<SalesPeriod> parse(String text) {
		String name = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
		try {
			Matcher q = QUARTER.matcher(name);
			if (q.matches()) {
				LocalDate first = LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
				return Optional.of(new SalesPeriod(name, first, first.plusMonths(3).minusDays(1)));
			}
			if (name.matches("\\d{4}-\\d{2}")) {
				YearMonth month = YearMonth.parse(name);
				return Optional.of(new SalesPeriod(name, month.atDay(1), month.atEndOfMonth()));
			}
			if (name.matches("\\d{4}")) {
				int year = Integer.parseInt(name);
				return Optional.of(new SalesPeriod(name, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
			}
		} catch (RuntimeException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** The quarter a day falls in. */
	public static SalesPeriod quarterOf(LocalDate day) {
		return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1)).orElseThrow();
	}

	/** The year a day falls in. */
	public static SalesPeriod yearOf(LocalDate day) {
		return parse(String.valueOf(day.getYear())).orElseThrow();
	}

	/** The quarter after this period's last day. */
	public SalesPeriod nextQuarter() {
		return quarterOf(to.plusDays(1));
	}
}
