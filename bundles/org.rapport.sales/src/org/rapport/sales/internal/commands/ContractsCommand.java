package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.sales.Contract;
import org.rapport.sales.Contracts;
import org.rapport.sales.internal.Messages;

/** {@code contracts renewals [--within DAYS]}: contracts ending in the next days (90 by default), soonest first. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=contracts" })
public class ContractsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Contracts contracts;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		int days = 90;
		if (args.isEmpty() || !args.get(0).equals("renewals") || !(args.size() == 1
				|| args.size() == 3 && args.get(1).equals("--within"))) {
			throw new UsageException(Messages.Contracts_usage);
		}
		if (args.size() == 3) {
			try {
				days = Integer.parseInt(args.get(2));
			} catch (NumberFormatException e) {
				throw new UsageException(Messages.Contracts_usage);
			}
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		for (Contract c : contracts.endingBetween(LocalDate.now(), LocalDate.now().plusDays(days), 10_000)) {
			out.println(String.join("\t", c.number(), c.end().toString(), String.valueOf(c.customerId()), c.title(),
					c.value().toString(), c.owner()));
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Contracts_usage;
	}
}
