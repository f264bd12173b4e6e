package org.rapport.platform.ui.internal.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.ui.internal.Messages;
import org.rapport.platform.ui.internal.preferences.PreferencesDialogs;
import org.rapport.platform.ui.internal.startup.DatabaseStartup;
import org.rapport.platform.ui.internal.startup.StartupState;
import org.rapport.platform.ui.internal.startup.StartupState.Phase;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The first page: greets the user and shows the database opening, with its progress, or what went wrong
 * and what to do about it (change the settings, try again). Never a dead end.
 */
public class WelcomePart {

	private Label title;
	private SecurityContext security;
	private Label status;
	private ProgressBar progress;
	private Label problem;
	private Composite actions;

	@PostConstruct
	void create(Composite parent, DatabaseStartup startup, SecurityContext security, Database database, Shell shell) {
		GridLayoutFactory.fillDefaults().margins(24, 24).spacing(8, 12).applyTo(parent);
		this.security = security;
		title = new Label(parent, SWT.NONE);
		title.setText(Messages.bind(Messages.Welcome_title, security.currentLogin()));
		title.setFont(JFaceResources.getHeaderFont());
		Label intro = new Label(parent, SWT.WRAP);
		intro.setText(Messages.Welcome_intro);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(intro);

		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		progress = new ProgressBar(parent, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(progress);
		problem = new Label(parent, SWT.WRAP);
		problem.setData("org.eclipse.e4.ui.css.CssClassName", "problem");
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(problem);

		actions = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(actions);
		GridDataFactory.fillDefaults().applyTo(actions);
		Button settings = new Button(actions, SWT.PUSH);
		settings.setText(Messages.Welcome_settings);
		settings.addListener(SWT.Selection, e -> {
			if (PreferencesDialogs.open(shell, database)) {
				startup.open();
			}
		});
		Button retry = new Button(actions, SWT.PUSH);
		retry.setText(Messages.Welcome_retry);
		retry.addListener(SWT.Selection, e -> startup.open());
		show(startup.state());
	}

	@Inject
	@Optional
	void stateChanged(@UIEventTopic(DatabaseStartup.TOPIC) StartupState state) {
		if (status != null && !status.isDisposed()) {
			show(state);
		}
	}

	private void show(StartupState state) {
		if (state.phase() == Phase.OPEN) {
			// On a server the person is who signed in, known once the database is open.
			title.setText(Messages.bind(Messages.Welcome_title, security.currentLogin()));
		}
		status.setText(state.phase() == Phase.FAILED ? Messages.Welcome_failed : state.task());
		problem.setText(state.problem());
		setVisible(progress, state.phase() == Phase.OPENING);
		setVisible(problem, state.phase() == Phase.FAILED);
		setVisible(actions, state.phase() == Phase.FAILED);
		status.getParent().layout(true, true);
	}

	private static void setVisible(org.eclipse.swt.widgets.Control control, boolean visible) {
		control.setVisible(visible);
		((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !visible;
	}
}
