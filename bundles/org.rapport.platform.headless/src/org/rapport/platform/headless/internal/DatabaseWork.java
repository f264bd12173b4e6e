package org.rapport.platform.headless.internal;

import java.io.PrintStream;

import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.ConsoleProgress;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;

/** Opens the database, does one piece of work on it, and turns a database failure into its message and exit 1. */
final class DatabaseWork {

	/** The work, given the progress shown on the error stream. */
	interface Work {
		void run(ConsoleProgress progress) throws DatabaseException;
	}

	private DatabaseWork() {
	}

	static int run(Database database, PrintStream err, Work work) {
		try {
			ConsoleProgress progress = new ConsoleProgress(err);
			database.open(progress);
			work.run(progress);
			return AdminCommand.OK;
		} catch (DatabaseException e) {
			err.println(e.getMessage());
			return AdminCommand.REJECTED;
		}
	}
}
