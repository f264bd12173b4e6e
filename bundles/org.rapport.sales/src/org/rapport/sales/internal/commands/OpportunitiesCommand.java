package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.internal.Messages;

/**
 * {@code opportunities list [--limit N] | show ID | move ID STAGE [--reason TEXT]}: the opportunities one may see, one
 * opportunity, or a stage move made on the version just read (a move saved by someone meanwhile refuses it), printed
 * once committed.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport",
		"osgi.command.function=opportunities" })
public class OpportunitiesCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Opportunities opportunities;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (!args.isEmpty() && args.get(0).equals("list")) {
			return list(args, out, err);
		}
		boolean show = args.size() == 2 && args.get(0).equals("show");
		boolean move = args.size() >= 3 && args.get(0).equals("move")
				&& (args.size() == 3 || args.size() == 5 && args.get(3).equals("--reason"));
		if (!show && !move) {
			throw new UsageException(usage());
		}
		long id;
		try {
			id = Long.parseLong(args.get(1));
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Opportunities_badId, args.get(1)));
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		Opportunity found = opportunities.find(id).orElse(null);
		if (found == null) {
			err.println(NLS.bind(Messages.Opportunities_notFound, id));
			return REJECTED;
		}
		if (show) {
			print(out, found);
			return OK;
		}
		try {
			print(out, opportunities.moveTo(id, found.version(), args.get(2), args.size() == 5 ? args.get(4) : null));
		} catch (ValidationException e) {
			return rejected(e, err);
		} catch (DatabaseException e) {
			// Saved by someone else meanwhile, or the database refused: the message says which.
			err.println(e.getMessage());
			return REJECTED;
		}
		return OK;
	}

	private int list(List<String> args, PrintStream out, PrintStream err) throws UsageException {
		int limit = 50;
		if (args.size() == 3 && args.get(1).equals("--limit")) {
			try {
				limit = Integer.parseInt(args.get(2));
			} catch (NumberFormatException e) {
				throw new UsageException(usage());
			}
		} else if (args.size() != 1) {
			throw new UsageException(usage());
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		opportunities.list(OpportunityFilter.all(), null, null, Math.max(1, limit)).forEach(o -> print(out, o));
		return OK;
	}

	private static void print(PrintStream out, Opportunity o) {
		out.println(String.join("\t", String.valueOf(o.id()), o.name(), o.processId(), o.stageId(),
				String.valueOf(o.probability()), o.amount().toString(), o.owner(), String.valueOf(o.version())));
	}

	@Override
	public String usage() {
		return Messages.Opportunities_usage;
	}
}
