package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Forecasts;
import org.rapport.sales.SalesPeriod;
import org.rapport.sales.internal.Messages;

/** {@code quota LOGIN PERIOD AMOUNT CURRENCY}: a rep's quota for a quarter, month or year. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=quota" })
public class QuotaCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Forecasts forecasts;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.size() != 4) {
			throw new UsageException(Messages.Quota_usage);
		}
		SalesPeriod period = SalesPeriod.parse(args.get(1))
				.orElseThrow(() -> new UsageException(NLS.bind(Messages.Period_notUnderstood, args.get(1))));
		Money amount;
		try {
			amount = Money.of(args.get(2), args.get(3));
		} catch (RuntimeException e) {
			throw new UsageException(Messages.Quota_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			forecasts.quota(args.get(0), period, amount);
		} catch (ValidationException e) {
			return rejected(e, err);
		}
		out.println(NLS.bind(Messages.Quota_set, new Object[] { args.get(0), period.name(), amount }));
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Quota_usage;
	}
}
