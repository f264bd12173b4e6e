package org.rapport.contacts.internal.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.contacts.DemoRecords;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.demo.DemoCustomers;
import org.rapport.contacts.internal.demo.DemoDataWriter;
import org.rapport.contacts.internal.search.PhoneKeys;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.ConsoleProgress;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

/** {@code demo-data --customers N [--seed S]}: believable customers for trying Rapport out and for benchmarks. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=demo-data" })
public class DemoDataCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	private volatile List<DemoRecords> modules;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, Set.of("customers", "seed"));
		if (!options.positional().isEmpty() || options.get("customers", null) == null) {
			throw new UsageException(Messages.Demo_customersRequired);
		}
		int count = options.number("customers", 0, 1, 10_000_000);
		int seed = options.number("seed", 1, 0, Integer.MAX_VALUE);
		// The roles are the open database's: open it first.
		if (!open(database, err)) {
			return REJECTED;
		}
		security.checkPermitted(CustomerService.MODULE, Action.IMPORT);
		long start = System.nanoTime();
		// No customers yet reads as 0, as getLong reads a NULL.
		long before = database.jdbc().first("SELECT MAX(id) FROM contacts_customer", List.of(), rs -> rs.getLong(1))
				.orElse(0L);
		String user = security.currentLogin();
		int written = new DemoDataWriter(database.jdbc(), PhoneKeys.defaultRegion(), user)
				.write(new DemoCustomers(seed, user), count, new ConsoleProgress(err));
		long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
		out.println(NLS.bind(Messages.Demo_done, new Object[] { written, millis / 1000.0, written * 1000L / millis }));
		for (DemoRecords module : modules == null ? List.<DemoRecords>of() : List.copyOf(modules)) {
			out.println(module.add(before, seed, new ConsoleProgress(err)));
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Demo_usage;
	}
}
