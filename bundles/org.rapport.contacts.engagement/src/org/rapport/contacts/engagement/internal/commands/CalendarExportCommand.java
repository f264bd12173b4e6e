package org.rapport.contacts.engagement.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.engagement.CalendarFiles;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.SecurityContext;

/**
 * {@code calendar-export FILE [--people LOGIN,LOGIN] [--from DATE] [--to DATE]}: appointments to an .ics file
 * (by default mine, from a month ago to a year ahead).
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport",
		"osgi.command.function=calendar-export" })
public class CalendarExportCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private CalendarFiles files;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.isEmpty() || args.size() % 2 == 0) {
			throw new UsageException(Messages.Ics_usage);
		}
		List<String> people = List.of(security.currentLogin());
		LocalDate from = LocalDate.now().minusMonths(1);
		LocalDate to = LocalDate.now().plusYears(1);
		try {
			for (int i = 1; i < args.size(); i += 2) {
				switch (args.get(i)) {
				case "--people" -> people = Arrays.asList(args.get(i + 1).split("\\s*,\\s*"));
				case "--from" -> from = LocalDate.parse(args.get(i + 1));
				case "--to" -> to = LocalDate.parse(args.get(i + 1));
				default -> throw new UsageException(Messages.Ics_usage);
				}
			}
		} catch (DateTimeParseException e) {
			throw new UsageException(Messages.Ics_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		ZoneId zone = ZoneId.systemDefault();
		int n = files.exportIcs(Path.of(args.get(0)).toAbsolutePath(), people, from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant());
		out.println(NLS.bind(Messages.Ics_exported, n));
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Ics_usage;
	}
}
