package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.ConsoleProgress;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;

/** {@code rapport:backup DIR}: an online backup of the embedded database into a new or empty folder. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=backup" })
public class BackupCommand extends AdminCommand {

	@Reference
	private Database database;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		expectArguments(args, 1);
		Path folder = Path.of(args.get(0)).toAbsolutePath();
		try {
			ConsoleProgress progress = new ConsoleProgress(err);
			database.open(progress);
			database.backup(folder, progress);
		} catch (DatabaseException e) {
			err.println(e.getMessage());
			return REJECTED;
		}
		out.println(NLS.bind(Messages.Backup_done, folder));
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Backup_usage;
	}
}
