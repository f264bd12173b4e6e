package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Backup;
import org.rapport.platform.persistence.Database;

/**
 * {@code rapport:backup [DIR]}: an online backup of the embedded database into a new or empty folder (by default a
 * new one in the data folder's {@code backups}), verified before it is reported done.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=backup" })
public class BackupCommand extends AdminCommand {

	@Reference
	private Database database;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.size() > 1) {
			throw new UsageException(Messages.Backup_usage);
		}
		Path folder = args.isEmpty() ? Backup.newFolderIn(database.settings().home().resolve(Backup.FOLDER))
				: Path.of(args.get(0)).toAbsolutePath();
		Backup[] made = new Backup[1];
		int exit = DatabaseWork.run(database, err, progress -> made[0] = database.backup(folder, progress));
		if (exit != OK) {
			return exit;
		}
		out.println(NLS.bind(Messages.Backup_done, folder, BackupsCommand.size(made[0].bytes())));
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Backup_usage;
	}
}
