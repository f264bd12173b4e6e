package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Team;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.Leads;
import org.rapport.sales.internal.Messages;

/**
 * {@code assign-leads --strategy ID --team NAME [--status NEW]}: hands the unassigned leads in a status to a
 * team; prints how many each person got.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=assign-leads" })
public class AssignLeadsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Leads leads;

	@Reference
	private Directory directory;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String strategy = null;
		String teamName = null;
		LeadStatus status = LeadStatus.NEW;
		if (args.size() % 2 != 0) {
			throw new UsageException(Messages.Assign_usage);
		}
		for (int i = 0; i < args.size(); i += 2) {
			switch (args.get(i)) {
			case "--strategy" -> strategy = args.get(i + 1);
			case "--team" -> teamName = args.get(i + 1);
			case "--status" -> {
				try {
					status = LeadStatus.valueOf(args.get(i + 1).toUpperCase(Locale.ROOT));
				} catch (IllegalArgumentException e) {
					throw new UsageException(Messages.Assign_usage);
				}
			}
			default -> throw new UsageException(Messages.Assign_usage);
			}
		}
		if (strategy == null || teamName == null) {
			throw new UsageException(Messages.Assign_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		Team team = directory.team(teamName).orElse(null);
		if (team == null) {
			err.println(NLS.bind(Messages.Assign_noTeam, teamName));
			return REJECTED;
		}
		List<Lead> unassigned = leads.list(status, "", null, 100_000);
		try {
			leads.assign(unassigned, strategy, team.members())
					.forEach((person, count) -> out.println(person + "\t" + count));
		} catch (ValidationException e) {
			return rejected(e, err);
		} catch (StaleRecordException e) {
			// Another hand-out took some of these leads meanwhile: none was handed out by this one.
			err.println(e.getMessage());
			return REJECTED;
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Assign_usage;
	}
}
