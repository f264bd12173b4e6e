package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Team;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Forecast;
import org.rapport.sales.Forecasts;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.SalesPeriod;
import org.rapport.sales.internal.Messages;
import org.rapport.sales.internal.SalesReports;

/** {@code forecast --period 2026-Q4|2026-11|2026 [--currency MYR] [--owner LOGIN|--team NAME] [--format text|csv|json]}. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=forecast" })
public class ForecastCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Forecasts forecasts;

	@Reference
	private Directory directory;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String period = null;
		String currency = null;
		String owner = null;
		String team = null;
		String format = "text";
		for (int i = 0; i + 1 < args.size(); i += 2) {
			switch (args.get(i)) {
			case "--period" -> period = args.get(i + 1);
			case "--currency" -> currency = args.get(i + 1);
			case "--owner" -> owner = args.get(i + 1);
			case "--team" -> team = args.get(i + 1);
			case "--format" -> format = args.get(i + 1);
			default -> throw new UsageException(Messages.Forecast_usage);
			}
		}
		if (args.size() % 2 != 0 || period == null || (owner != null && team != null)
				|| !List.of("text", "csv", "json").contains(format)) {
			throw new UsageException(Messages.Forecast_usage);
		}
		String written = period;
		SalesPeriod range = SalesPeriod.parse(written)
				.orElseThrow(() -> new UsageException(NLS.bind(Messages.Period_notUnderstood, written)));
		if (!open(database, err)) {
			return REJECTED;
		}
		if (currency == null) {
			currency = forecasts.companyCurrency();
		}
		List<String> owners = owner == null ? List.of() : List.of(owner);
		if (team != null) {
			Optional<Team> found = directory.team(team);
			if (found.isEmpty()) {
				err.println(NLS.bind(Messages.Assign_noTeam, team));
				return REJECTED;
			}
			owners = found.get().members();
		}
		Forecast f;
		try {
			f = forecasts.forecast(new OpportunityFilter(null, owners, range.from(), range.to()), currency);
		} catch (ValidationException e) {
			return rejected(e, err);
		}
		String whose = team != null ? team : owner == null ? "" : owner;
		if (format.equals("text")) {
			out.println(NLS.bind(Messages.Forecast_text, new Object[] { f.from(), f.to(), whose.isEmpty() ? "*" : whose,
					f.closed(), f.weighted(), f.expected(), f.pipeline(), f.bestCase(), f.quota(),
					f.attainment() < 0 ? "-" : f.attainment() + "%" }));
			return OK;
		}
		// Written whole, then printed: the console stream keeps its own encoding.
		StringWriter file = new StringWriter();
		if (format.equals("csv")) {
			SalesReports.forecastCsv(f, whose, file);
		} else {
			SalesReports.forecastJson(f, whose, file);
		}
		out.print(file);
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Forecast_usage;
	}
}
