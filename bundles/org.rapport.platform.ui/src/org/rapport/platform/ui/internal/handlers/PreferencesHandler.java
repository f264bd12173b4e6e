package org.rapport.platform.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.internal.preferences.PreferencesDialogs;
import org.rapport.platform.ui.internal.startup.DatabaseStartup;

/** File &gt; Preferences: database connection and language. */
public class PreferencesHandler {

	@Execute
	void execute(Shell shell, Database database, DatabaseStartup startup) {
		if (PreferencesDialogs.open(shell, database) && !database.isOpen()) {
			startup.open();
		}
	}
}
