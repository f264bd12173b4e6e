package org.rapport.platform.ui.internal.startup;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;
import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.security.Directory;
import org.rapport.platform.validation.ValidationException;
import org.rapport.platform.ui.internal.Messages;
import org.rapport.platform.ui.internal.startup.StartupState.Phase;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Opens the database in a job as the workbench starts, so that the window shows at once and the user sees
 * progress (migrations can take a while on the first start). Parts read {@link #state()} and follow
 * {@link #TOPIC}.
 */
public class DatabaseStartup {

	/** Posted with a {@link StartupState} whenever the state changes. */
	public static final String TOPIC = "org/rapport/platform/ui/database/STATE";

	private IEclipseContext context;
	private MApplication application;
	private Database database;
	private IEventBroker broker;
	private Display display;
	private volatile StartupState state = new StartupState(Phase.OPENING, Messages.Startup_waiting, "");

	@PostConstruct
	void start(IEclipseContext eclipseContext, Database db, IEventBroker eventBroker, MApplication app) {
		this.context = eclipseContext;
		this.application = app;
		this.database = db;
		this.broker = eventBroker;
		this.display = Display.getDefault();
		eclipseContext.set(DatabaseStartup.class, this);
	}

	/** Opening starts once the window is up, so that it does not compete with the window for the processor. */
	@Inject
	@Optional
	void windowShown(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		// Events are the whole framework's: a workbench started after this one's closed is not this one's to open.
		Object started = event.getProperty(IEventBroker.DATA);
		if (started != null && started != application) {
			return;
		}
		if (!database.isOpen()) {
			open();
		}
	}

	public StartupState state() {
		return state;
	}

	/**
	 * Opens (or, after a failure or a change of settings, reopens) the database in the background; on the shared
	 * server the person signs in first. Called on the UI thread.
	 */
	public void open() {
		if (database.settings().kind() == DatabaseKind.POSTGRESQL && !signIn("")) {
			publish(new StartupState(Phase.FAILED, "", Messages.SignIn_cancelled));
			return;
		}
		if (database.settings().kind() == DatabaseKind.EMBEDDED && database.settings().encrypted() && !unlock()) {
			publish(new StartupState(Phase.FAILED, "", Messages.SignIn_cancelled));
			return;
		}
		publish(new StartupState(Phase.OPENING, NLS.bind(Messages.Startup_opening, database.settings().location()), ""));
		Job job = Job.create(Messages.Startup_job, monitor -> {
			try {
				database.open(new Reporting(monitor));
				if (database.info().passwordChangeRequired()) {
					display.asyncExec(() -> newPassword(""));
					return Status.OK_STATUS;
				}
				publish(new StartupState(Phase.OPEN, connectedText(), ""));
			} catch (DatabaseException e) {
				publish(new StartupState(Phase.FAILED, "", e.getMessage()));
			} catch (RuntimeException e) {
				publish(new StartupState(Phase.FAILED, "", NLS.bind(Messages.Startup_unexpected, e)));
				return Status.error(e.getMessage(), e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Asks for login and password and uses them from now on; false when the person cancels. */
	private boolean signIn(String problem) {
		DatabaseSettings settings = database.settings();
		SignInDialog dialog = new SignInDialog(display.getActiveShell(), SignInDialog.Mode.SIGN_IN,
				settings.location(), settings.user(), problem);
		if (dialog.open() != Window.OK) {
			return false;
		}
		DatabaseSettings chosen = settings.withLogin(dialog.login(), new String(dialog.password()));
		database.configure(chosen);
		try {
			chosen.save();
		} catch (IOException e) {
			// Only the login is remembered; failing to remember it is no reason not to work.
		}
		return true;
	}

	/** Asks for the boot password of the encrypted embedded database; false when the person cancels. */
	private boolean unlock() {
		DatabaseSettings settings = database.settings();
		SignInDialog dialog = new SignInDialog(display.getActiveShell(), SignInDialog.Mode.BOOT_PASSWORD,
				settings.location(), "", "");
		if (dialog.open() != Window.OK) {
			return false;
		}
		database.configure(settings.withPassword(new String(dialog.password())));
		return true;
	}

	/** A one-time password is replaced before work starts; cancelling closes the database again. */
	private void newPassword(String problem) {
		SignInDialog dialog = new SignInDialog(display.getActiveShell(), SignInDialog.Mode.NEW_PASSWORD,
				database.settings().location(), database.info().user(), problem);
		if (dialog.open() != Window.OK) {
			database.configure(database.settings().withPassword(""));
			publish(new StartupState(Phase.FAILED, "", Messages.SignIn_mustChange));
			return;
		}
		char[] password = dialog.password();
		// The driver clears the array once it has sent the new password; the next sign-in needs it.
		String chosen = new String(password);
		Job.create(Messages.Startup_job, monitor -> {
			try {
				context.get(Directory.class).changeOwnPassword(password);
				database.configure(database.settings().withPassword(chosen));
				database.open(new Reporting(monitor));
				publish(new StartupState(Phase.OPEN, connectedText(), ""));
			} catch (ValidationException e) {
				display.asyncExec(() -> newPassword(e.getMessage()));
			} catch (DatabaseException e) {
				publish(new StartupState(Phase.FAILED, "", e.getMessage()));
			} finally {
				Arrays.fill(password, '\0');
			}
		}).schedule();
	}

	private String connectedText() {
		return NLS.bind(Messages.Startup_connected, database.info().location(), database.info().product());
	}

	private void publish(StartupState newState) {
		state = newState;
		broker.post(TOPIC, newState);
	}

	/** Forwards the names of the steps of opening to the user. */
	private final class Reporting extends NullProgressMonitor {
		private final IProgressMonitor delegate;

		Reporting(IProgressMonitor delegate) {
			this.delegate = delegate;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			delegate.beginTask(name, totalWork);
			report(name);
		}

		@Override
		public void subTask(String name) {
			delegate.subTask(name);
			report(name);
		}

		@Override
		public void setTaskName(String name) {
			report(name);
		}

		@Override
		public boolean isCanceled() {
			return delegate.isCanceled();
		}

		private void report(String name) {
			if (name != null && !name.isBlank()) {
				publish(new StartupState(Phase.OPENING, name, ""));
			}
		}
	}

}
