package org.rapport.platform.ui.internal.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.ui.internal.Messages;
import org.rapport.platform.ui.internal.startup.DatabaseStartup;
import org.rapport.platform.ui.internal.startup.StartupState;
import org.rapport.platform.ui.internal.startup.StartupState.Phase;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.rapport.platform.ui.Loader;

/** The status line: who is signed in and which database is in use. */
public class StatusLine {

	private Label user;
	private Label database;
	private Database db;
	private SecurityContext security;
	private Loader loader;

	@PostConstruct
	void create(Composite parent, SecurityContext security, Database db, DatabaseStartup startup) {
		this.db = db;
		this.security = security;
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 3).spacing(24, 0).applyTo(parent);
		user = new Label(parent, SWT.NONE);
		user.setText(Messages.bind(Messages.Status_user, security.currentLogin(), ""));
		loader = new Loader(user);
		database = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(database);
		show(startup.state());
	}

	@Inject
	@Optional
	void stateChanged(@UIEventTopic(DatabaseStartup.TOPIC) StartupState state) {
		if (database != null && !database.isDisposed()) {
			show(state);
		}
	}

	private void show(StartupState state) {
		if (state.phase() == Phase.OPEN) {
			// The roles come from the directory of the database just opened.
			loader.load(security::currentUser, signedIn -> {
				user.setText(Messages.bind(Messages.Status_user, signedIn.displayName(),
						String.join(", ", signedIn.roles().stream().map(r -> r.label()).toList())));
				user.getParent().layout(true);
			});
		}
		String where = KindNames.of(db.settings().kind()) + ": " + db.settings().location();
		String text = switch (state.phase()) {
		case OPEN -> Messages.bind(Messages.Status_database, where);
		case FAILED -> Messages.bind(Messages.Status_databaseFailed, where);
		default -> Messages.bind(Messages.Status_databaseOpening, where);
		};
		database.setText(text);
		database.setToolTipText(state.phase() == Phase.FAILED ? state.problem() : state.task());
		database.getParent().layout(true);
	}
}
