package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.ConsoleProgress;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.RestoredBackup;

/**
 * {@code rapport:restore DIR}: replaces the embedded database with a backup made by rapport:backup, once a copy of it
 * passed every check. Does not open the database first: restoring is how a data folder whose database is missing or
 * broken is repaired.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=restore" })
public class RestoreCommand extends AdminCommand {

	@Reference
	private Database database;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		expectArguments(args, 1);
		Path folder = Path.of(args.get(0)).toAbsolutePath();
		if (!Files.isDirectory(folder)) {
			throw new UsageException(NLS.bind(Messages.Restore_noFolder, folder));
		}
		RestoredBackup restored;
		try {
			restored = database.restore(folder, new ConsoleProgress(err));
		} catch (DatabaseException e) {
			err.println(e.getMessage());
			return REJECTED;
		}
		out.println(NLS.bind(Messages.Restore_done, new Object[] { folder, BackupsCommand.when(restored.backup()),
				restored.tables(), restored.rows() }));
		if (restored.kept() != null) {
			out.println(NLS.bind(Messages.Restore_kept, restored.kept()));
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Restore_usage;
	}
}
