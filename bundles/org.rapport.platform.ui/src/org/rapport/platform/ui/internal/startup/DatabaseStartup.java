package org.rapport.platform.ui.internal.startup;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;
import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
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

	private Database database;
	private IEventBroker broker;
	private volatile StartupState state = new StartupState(Phase.OPENING, Messages.Startup_waiting, "");

	@PostConstruct
	void start(IEclipseContext context, Database db, IEventBroker eventBroker) {
		this.database = db;
		this.broker = eventBroker;
		context.set(DatabaseStartup.class, this);
	}

	/** Opening starts once the window is up, so that it does not compete with the window for the processor. */
	@Inject
	@Optional
	void windowShown(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		if (!database.isOpen()) {
			open();
		}
	}

	public StartupState state() {
		return state;
	}

	/** Opens (or, after a failure or a change of settings, reopens) the database in the background. */
	public void open() {
		publish(new StartupState(Phase.OPENING, NLS.bind(Messages.Startup_opening, database.settings().location()), ""));
		Job job = Job.create(Messages.Startup_job, monitor -> {
			try {
				database.open(new Reporting(monitor));
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
