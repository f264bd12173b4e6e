package org.rapport.contacts.internal.commands;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
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
import org.rapport.platform.validation.ValidationException;

/**
 * {@code segments list | count NAME | members NAME [--limit N] | create NAME (--rule RULE | --static) |
 * add NAME ID... | delete NAME}.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=segments" })
public class SegmentsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Segments segments;

	@Reference
	private CustomerService customers;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, Set.of("limit", "rule"), Set.of("static"));
		List<String> words = options.positional();
		String verb = words.isEmpty() ? "" : words.get(0);
		boolean named = words.size() >= 2;
		if (!(verb.equals("list") && words.size() == 1) && !(Set.of("count", "members", "create", "delete").contains(verb)
				&& words.size() == 2) && !(verb.equals("add") && words.size() >= 3)) {
			throw new UsageException(Messages.Segments_usage);
		}
		if (verb.equals("create") && (options.get("rule", null) == null) == !options.flag("static")) {
			throw new UsageException(Messages.Segments_usage);
		}
		int limit = options.number("limit", 50, 1, 100_000);
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			if (verb.equals("list")) {
				for (Segment s : segments.list()) {
					out.println(String.join("\t", String.valueOf(s.id()), s.name(), String.valueOf(segments.count(s.id())),
							s.isStatic() ? Messages.Segments_static : segments.format(s.rule())));
				}
				return OK;
			}
			if (verb.equals("create")) {
				String rule = options.get("rule", null);
				segments.create(words.get(1), rule == null ? null : segments.parse(rule));
				out.println(NLS.bind(Messages.Segments_created, words.get(1)));
				return OK;
			}
			Segment segment = named ? segments.named(words.get(1)).orElse(null) : null;
			if (segment == null) {
				err.println(NLS.bind(Messages.Segment_unknown, words.get(1)));
				return REJECTED;
			}
			return switch (verb) {
			case "count" -> {
				out.println(segments.count(segment.id()));
				yield OK;
			}
			case "members" -> members(segment, limit, out);
			case "delete" -> {
				segments.delete(segment.id());
				out.println(NLS.bind(Messages.Segments_deleted, segment.name()));
				yield OK;
			}
			default -> {
				List<Long> ids = new ArrayList<>();
				for (String id : words.subList(2, words.size())) {
					try {
						ids.add(Long.parseLong(id));
					} catch (NumberFormatException e) {
						throw new UsageException(Messages.Segments_usage);
					}
				}
				out.println(NLS.bind(Messages.Segments_addedTo, segments.add(segment.id(), ids), segment.name()));
				yield OK;
			}
			};
		} catch (ValidationException e) {
			return rejected(e, err);
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return REJECTED;
		}
	}

	/** Members in name order, one a line, paged as the list pages. */
	private int members(Segment segment, int limit, PrintStream out) {
		CustomerQuery query = CustomerQuery.inSegment(segment.id(), Math.min(limit, 1000));
		int written = 0;
		List<CustomerSummary> page;
		do {
			page = customers.search(query);
			for (CustomerSummary c : page) {
				if (written++ < limit) {
					out.println(String.join("\t", String.valueOf(c.id()), c.name(), c.company() == null ? "" : c.company(),
							c.email() == null ? "" : c.email(), c.city() == null ? "" : c.city(), c.owner()));
				}
			}
			if (!page.isEmpty()) {
				query = query.next(page.get(page.size() - 1));
			}
		} while (page.size() == query.limit() && written < limit);
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Segments_usage;
	}
}
