package org.rapport.platform.ui.internal.preferences;

import java.io.IOException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.ui.internal.Messages;
import org.rapport.platform.ui.internal.parts.KindNames;

/**
 * Which database to use: embedded (default), a Derby network server or PostgreSQL. Saved in rapport.properties
 * of the data folder; used at once when no database is open, otherwise at the next start.
 */
final class DatabasePreferencePage extends PreferencePage {

	private final Database database;
	private Combo kind;
	private Text host;
	private Text port;
	private Text name;
	private Text user;
	private Text password;
	private boolean changed;

	DatabasePreferencePage(Database database) {
		super(Messages.Preferences_database);
		this.database = database;
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		DatabaseSettings current = database.settings();
		label(page, Messages.Preferences_folder);
		label(page, current.home().toString());
		label(page, Messages.Preferences_kind);
		kind = new Combo(page, SWT.READ_ONLY);
		for (DatabaseKind k : DatabaseKind.values()) {
			kind.add(KindNames.of(k));
		}
		kind.select(current.kind().ordinal());
		host = field(page, Messages.Preferences_host, current.host(), SWT.NONE);
		port = field(page, Messages.Preferences_port, String.valueOf(current.port()), SWT.NONE);
		name = field(page, Messages.Preferences_name, current.name(), SWT.NONE);
		user = field(page, Messages.Preferences_user, current.user(), SWT.NONE);
		password = field(page, Messages.Preferences_password, current.password(), SWT.PASSWORD);
		kind.addListener(SWT.Selection, e -> enableServerFields());
		enableServerFields();
		return page;
	}

	private void enableServerFields() {
		boolean server = kind.getSelectionIndex() != DatabaseKind.EMBEDDED.ordinal();
		for (Text t : new Text[] { host, port, name, user, password }) {
			t.setEnabled(server);
		}
		validate();
	}

	private void validate() {
		String error = null;
		if (kind.getSelectionIndex() != DatabaseKind.EMBEDDED.ordinal()) {
			if (host.getText().isBlank()) {
				error = NLS.bind(Messages.Preferences_required, Messages.Preferences_host);
			} else if (!port.getText().matches("\\d{1,5}")) {
				error = NLS.bind(Messages.Preferences_badPort, port.getText());
			} else if (name.getText().isBlank()) {
				error = NLS.bind(Messages.Preferences_required, Messages.Preferences_name);
			}
		}
		setErrorMessage(error);
		setValid(error == null);
	}

	@Override
	public boolean performOk() {
		if (kind == null) {
			return true;
		}
		DatabaseSettings old = database.settings();
		DatabaseSettings chosen = new DatabaseSettings(old.home(), DatabaseKind.values()[kind.getSelectionIndex()],
				host.getText().trim(), Integer.parseInt(port.getText().trim()), name.getText().trim(),
				user.getText().trim(), password.getText());
		if (chosen.equals(old)) {
			return true;
		}
		try {
			chosen.save();
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.Preferences_saveFailed, old.home(), e.getMessage()));
			return false;
		}
		changed = true;
		if (!database.isOpen()) {
			database.configure(chosen);
		} else {
			setMessage(Messages.Preferences_nextStart);
		}
		return true;
	}

	boolean changed() {
		return changed;
	}

	private Text field(Composite page, String label, String value, int style) {
		label(page, label);
		Text text = new Text(page, SWT.BORDER | style);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addListener(SWT.Modify, e -> validate());
		return text;
	}

	private static void label(Composite page, String text) {
		new Label(page, SWT.NONE).setText(text);
	}
}
