package org.rapport.platform.ui.internal.preferences;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.internal.Messages;

/** The preferences dialog: database connection and language. */
public final class PreferencesDialogs {

	private PreferencesDialogs() {
	}

	/** Opens the dialog; true when the user saved new database settings. */
	public static boolean open(Shell shell, Database database) {
		PreferenceManager manager = new PreferenceManager();
		DatabasePreferencePage databasePage = new DatabasePreferencePage(database);
		manager.addToRoot(new PreferenceNode("database", databasePage));
		manager.addToRoot(new PreferenceNode("language", new LanguagePreferencePage()));
		PreferenceDialog dialog = new PreferenceDialog(shell, manager) {
			@Override
			protected void configureShell(Shell newShell) {
				super.configureShell(newShell);
				newShell.setText(Messages.Preferences_title);
			}
		};
		dialog.setPreferenceStore(null);
		return dialog.open() == Window.OK && databasePage.changed();
	}
}
