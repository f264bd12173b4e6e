package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Forecasts;
import org.rapport.sales.internal.Messages;

/** {@code exchange-rate CURRENCY RATE [--from DATE]}: a dated rate into the company currency. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=exchange-rate" })
public class ExchangeRateCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Forecasts forecasts;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.size() == 2 && args.get(0).equals("--company")) {
			if (!open(database, err)) {
				return REJECTED;
			}
			try {
				forecasts.companyCurrency(args.get(1));
			} catch (ValidationException e) {
				return rejected(e, err);
			}
			out.println(NLS.bind(Messages.Rate_company, forecasts.companyCurrency()));
			return OK;
		}
		if (args.size() != 2 && !(args.size() == 4 && args.get(2).equals("--from"))) {
			throw new UsageException(Messages.Rate_usage);
		}
		BigDecimal rate;
		LocalDate from;
		try {
			rate = new BigDecimal(args.get(1));
			from = args.size() == 4 ? LocalDate.parse(args.get(3)) : LocalDate.now();
			java.util.Currency.getInstance(args.get(0));
		} catch (RuntimeException e) {
			throw new UsageException(Messages.Rate_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			forecasts.rate(args.get(0), from, rate);
		} catch (ValidationException e) {
			return rejected(e, err);
		}
		out.println(NLS.bind(Messages.Rate_set, new Object[] { args.get(0), rate.toPlainString(), from }));
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Rate_usage;
	}
}
