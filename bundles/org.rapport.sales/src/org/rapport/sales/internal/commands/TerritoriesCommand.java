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
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Leads;
import org.rapport.sales.internal.Messages;

/** {@code territories [list | set REGION LOGIN | clear REGION]}: the rules of the territory hand-out. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=territories" })
public class TerritoriesCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Leads leads;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String action = args.isEmpty() ? "list" : args.get(0);
		boolean valid = switch (action) {
		case "list" -> args.size() <= 1;
		case "set" -> args.size() == 3;
		case "clear" -> args.size() == 2;
		default -> false;
		};
		if (!valid) {
			throw new UsageException(Messages.Territory_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			switch (action) {
			case "set" -> {
				leads.territory(args.get(1), args.get(2));
				out.println(NLS.bind(Messages.Territory_set, args.get(1), args.get(2)));
			}
			case "clear" -> {
				leads.territory(args.get(1), null);
				out.println(NLS.bind(Messages.Territory_cleared, args.get(1)));
			}
			default -> leads.territories().forEach((region, login) -> out.println(region + "\t" + login));
			}
		} catch (ValidationException e) {
			return rejected(e, err);
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Territory_usage;
	}
}
