package org.rapport.sales.ui.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.rapport.platform.money.Money;

/** Money and dates as the user's locale writes them. */
final class Amounts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

	private Amounts() {
	}

	/** "MYR 12,500" in whole units: the board and lists show no cents. */
	static String whole(Money money) {
		if (money == null) {
			return "";
		}
		NumberFormat number = NumberFormat.getIntegerInstance(Locale.getDefault());
		return money.currency().getCurrencyCode() + " " + number.format(money.amount());
	}

	/** "MYR 8,500.00": with cents, for quotes, orders and payments. */
	static String exact(Money money) {
		NumberFormat number = NumberFormat.getNumberInstance(Locale.getDefault());
		number.setMinimumFractionDigits(2);
		number.setMaximumFractionDigits(2);
		return money.currency().getCurrencyCode() + " " + number.format(money.amount());
	}

	/** Amounts in several currencies side by side: "MYR 120,000 + SGD 8,000". */
	static String whole(Map<String, Money> byCurrency) {
		return byCurrency.isEmpty() ? "-" : byCurrency.values().stream().map(Amounts::whole)
				.collect(Collectors.joining(" + "));
	}

	/** The amount as typed (thousands separators allowed) in a currency, or null when it is no amount. */
	static Money money(String amount, String currency) {
		try {
			return new Money(new java.math.BigDecimal(amount.strip().replace(",", "")),
					java.util.Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)));
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** A date where room is short (board cards). */
	static String shortDay(LocalDate day) {
		return day == null ? "" : SHORT_DAY.format(day);
	}

	static String day(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}
}
