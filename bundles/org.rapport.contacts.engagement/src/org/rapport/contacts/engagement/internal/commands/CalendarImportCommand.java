package org.rapport.contacts.engagement.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.ValidationException;

/** {@code calendar-import FILE}: the events of an .ics file into my calendar, all or nothing. */
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
		if (!Files.isReadable(file)) {
			throw new UsageException(file + ": " + Messages.Ics_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			out.println(NLS.bind(Messages.Ics_imported, files.importIcs(file)));
			return OK;
		} catch (ValidationException e) {
			return rejected(e, err);
		} catch (IllegalArgumentException | DatabaseException e) {
			err.println(e.getMessage());
			return REJECTED;
		}
	}

	@Override
	public String usage() {
		return Messages.Ics_usage;
	}
}
