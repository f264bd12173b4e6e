package org.rapport.sales.internal;

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
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

/**
 * {@code sales-process list | probability PROCESS STAGE PERCENT|default}: the installed processes and their
 * stages, and the company's own win probability of a stage.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=sales-process" })
public class SalesProcessCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private SalesProcesses processes;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		boolean list = args.isEmpty() || args.size() == 1 && args.get(0).equals("list");
		boolean set = args.size() == 4 && args.get(0).equals("probability");
		if (!list && !set) {
			throw new UsageException(Messages.Process_usage);
		}
		Integer percent = null;
		if (set && !args.get(3).equals("default")) {
			try {
				percent = Integer.valueOf(args.get(3));
			} catch (NumberFormatException e) {
				throw new UsageException(Messages.Process_usage);
			}
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		if (set) {
			try {
				processes.probability(args.get(1), args.get(2), percent);
			} catch (ValidationException e) {
				return rejected(e, err);
			}
			out.println(NLS.bind(Messages.Process_set, new Object[] { args.get(2), args.get(1), args.get(3) }));
			return OK;
		}
		for (SalesProcess p : processes.list()) {
			for (SalesStage s : p.stages()) {
				out.println(String.join("\t", p.id(), s.id(), s.label(), s.probability() + "%", s.outcome().name()));
			}
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Process_usage;
	}
}
