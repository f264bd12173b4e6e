package org.rapport.contacts.engagement.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.engagement.CalendarFiles;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.ValidationException;

/**
 * {@code calendar-import FILE}: the events of an .ics file into my calendar, all or nothing. Prints the summary
 * ({@code imported 12, skipped 1, rejected 1, warnings 2}) and the first rejections and warnings; the rest are listed
 * in CSV files beside the imported one. Exit 1 when an event was rejected or the file was refused.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport",
		"osgi.command.function=calendar-import" })
public class CalendarImportCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private CalendarFiles files;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.size() != 1) {
			throw new UsageException(Messages.Ics_usage);
		}
		Path file = Path.of(args.get(0)).toAbsolutePath();
		if (!Files.isReadable(file) || Files.isDirectory(file)) {
			throw new UsageException(file + ": " + Messages.Ics_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		CalendarFiles.Summary summary;
		try {
			summary = files.importIcs(file);
		} catch (ValidationException e) {
			return rejected(e, err);
		} catch (IllegalArgumentException | DatabaseException e) {
			// Refused as a whole, with file and line: nothing was imported.
			err.println(e.getMessage());
			return REJECTED;
		}
		summary.firstLines().forEach(err::println);
		out.println(summary.text());
		return summary.rejected() > 0 ? REJECTED : OK;
	}

	@Override
	public String usage() {
		return Messages.Ics_usage;
	}
}
