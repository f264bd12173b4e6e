package org.rapport.contacts.internal.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.DuplicatePair;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;

/** {@code duplicates [--limit N]}: the review queue, one likely pair a line. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=duplicates" })
public class DuplicatesCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private CustomerDuplicates duplicates;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, Set.of("limit"));
		if (!options.positional().isEmpty()) {
			throw new UsageException(Messages.Duplicates_usage);
		}
		int limit = options.number("limit", 50, 1, 10_000);
		if (!open(database, err)) {
			return REJECTED;
		}
		for (DuplicatePair pair : duplicates.reviewQueue(limit)) {
			out.println(String.join("\t", String.valueOf(pair.first().id()), pair.first().name(),
					String.valueOf(pair.second().id()), pair.second().name(), pair.reason().name().toLowerCase()));
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Duplicates_usage;
	}
}
