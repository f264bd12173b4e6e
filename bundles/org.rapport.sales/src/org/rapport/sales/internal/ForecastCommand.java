package org.rapport.sales.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Forecast;
import org.rapport.sales.Forecasts;

/** {@code forecast --period 2026-Q4|2026-11|2026 --currency MYR [--owner LOGIN] [--format text|csv]}. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=forecast" })
public class ForecastCommand extends AdminCommand {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	@Reference
	private Database database;

	@Reference
	private Forecasts forecasts;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String period = null;
		String currency = null;
		String owner = null;
		String format = "text";
		for (int i = 0; i + 1 < args.size(); i += 2) {
			switch (args.get(i)) {
			case "--period" -> period = args.get(i + 1);
			case "--currency" -> currency = args.get(i + 1);
			case "--owner" -> owner = args.get(i + 1);
			case "--format" -> format = args.get(i + 1);
			default -> throw new UsageException(Messages.Forecast_usage);
			}
		}
		if (args.size() % 2 != 0 || period == null || currency == null || !List.of("text", "csv").contains(format)) {
			throw new UsageException(Messages.Forecast_usage);
		}
		LocalDate[] range = range(period);
		if (!open(database, err)) {
			return REJECTED;
		}
		Forecast f;
		try {
			f = forecasts.forecast(range[0], range[1], owner, currency);
		} catch (ValidationException e) {
			e.errors().stream().map(FieldError::message).forEach(err::println);
			return REJECTED;
		}
		if (format.equals("csv")) {
			out.println("from,to,owner,currency,closed,weighted,expected,pipeline,best_case");
			out.println(String.join(",", f.from().toString(), f.to().toString(), owner == null ? "" : owner, currency,
					f.closed().amount().toPlainString(), f.weighted().amount().toPlainString(),
					f.expected().amount().toPlainString(), f.pipeline().amount().toPlainString(),
					f.bestCase().amount().toPlainString()));
		} else {
			out.println(NLS.bind(Messages.Forecast_text, new Object[] { f.from(), f.to(), owner == null ? "*" : owner,
					f.closed(), f.weighted(), f.expected(), f.pipeline(), f.bestCase() }));
		}
		return OK;
	}

	/** First and last day of 2026-Q4, 2026-11 or 2026. */
	static LocalDate[] range(String period) throws UsageException {
		Matcher q = QUARTER.matcher(period);
		try {
			if (q.matches()) {
				LocalDate first = LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
				return new LocalDate[] { first, first.plusMonths(3).minusDays(1) };
			}
			if (period.matches("\\d{4}-\\d{2}")) {
				YearMonth month = YearMonth.parse(period);
				return new LocalDate[] { month.atDay(1), month.atEndOfMonth() };
			}
			if (period.matches("\\d{4}")) {
				int year = Integer.parseInt(period);
				return new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31) };
			}
		} catch (RuntimeException e) {
			throw new UsageException(Messages.Forecast_usage);
		}
		throw new UsageException(Messages.Forecast_usage);
	}

	@Override
	public String usage() {
		return Messages.Forecast_usage;
	}
}
