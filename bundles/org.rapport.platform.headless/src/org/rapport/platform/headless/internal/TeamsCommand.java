package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

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

/** {@code teams list | teams set NAME LOGIN,LOGIN...}: the teams work is handed to, members in handing-out order. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=teams" })
public class TeamsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Directory directory;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		boolean list = args.size() == 1 && args.get(0).equals("list");
		boolean set = args.size() == 3 && args.get(0).equals("set");
		if (!list && !set) {
			throw new UsageException(usage());
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			if (list) {
				directory.teams().forEach(t -> out.println(t.name() + "\t" + String.join(",", t.members())));
			} else {
				Team team = directory.save(new Team(args.get(1), Arrays.asList(args.get(2).split("\\s*,\\s*"))));
				out.println(NLS.bind(Messages.Teams_saved, team.name(), team.members().size()));
			}
			return OK;
		} catch (ValidationException e) {
			return rejected(e, err);
		}
	}

	@Override
	public String usage() {
		return Messages.Teams_usage;
	}
}
