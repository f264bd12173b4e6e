package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.persistence.Backup;
import org.rapport.platform.persistence.Database;

/**
 * {@code rapport:backups}: the backups rapport:backup made of this data folder's database, newest first, with date,
 * size and whether they were verified. Opens no database, so it also helps when the database is missing or broken.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=backups" })
public class BackupsCommand extends AdminCommand {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Reference
	private Database database;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		expectArguments(args, 0);
		List<Backup> backups = database.backups();
		if (backups.isEmpty()) {
			err.println(NLS.bind(Messages.Backups_none, database.settings().home()));
			return OK;
		}
		for (Backup backup : backups) {
			out.println(String.join("  ", when(backup), String.format(Locale.ROOT, "%10s", size(backup.bytes())),
					backup.verified() ? Messages.Backups_verified : Messages.Backups_unverified,
					backup.folder().toString()));
		}
		return OK;
	}

	static String when(Backup backup) {
		return WHEN.format(backup.created().atZone(ZoneId.systemDefault()));
	}

	static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		if (bytes < 1024L * 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
		}
		return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
	}

	@Override
	public String usage() {
		return Messages.Backups_usage;
	}
}
