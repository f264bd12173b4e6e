package org.rapport.contacts.internal.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.Segment;
import org.rapport.contacts.Segments;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;

/** {@code find-contacts TEXT [--limit N] [--segment NAME]}: the customer list's search, one customer a line. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport",
		"osgi.command.function=find-contacts" })
public class FindContactsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private CustomerService customers;

	@Reference
	private Segments segments;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, Set.of("limit", "segment"));
		if (options.positional().size() != 1) {
			throw new UsageException(Messages.Find_text);
		}
		int limit = options.number("limit", 20, 1, 1000);
		if (!open(database, err)) {
			return REJECTED;
		}
		Long segment = null;
		if (options.get("segment", null) != null) {
			Segment named = segments.named(options.get("segment", null)).orElse(null);
			if (named == null) {
				err.println(org.eclipse.osgi.util.NLS.bind(Messages.Segment_unknown, options.get("segment", null)));
				return REJECTED;
			}
			segment = named.id();
		}
		List<CustomerSummary> found = customers.search(new CustomerQuery(options.positional().get(0), null, false, null,
				segment, null, null, limit));
		for (CustomerSummary c : found) {
			out.println(String.join("\t", String.valueOf(c.id()), c.name(), value(c.company()), value(c.email()),
					value(c.phone()), value(c.city()), c.owner()));
		}
		return OK;
	}

	private static String value(String s) {
		return s == null ? "" : s;
	}

	@Override
	public String usage() {
		return Messages.Find_usage;
	}
}
