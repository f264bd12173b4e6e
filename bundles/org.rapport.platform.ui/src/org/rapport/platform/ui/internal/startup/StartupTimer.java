package org.rapport.platform.ui.internal.startup;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;
import org.rapport.platform.ui.internal.startup.StartupState.Phase;

import jakarta.inject.Inject;

/**
 * With {@code -Drapport.startup.timing=true}, prints how long after the process started the main window was
 * shown with the UI thread idle, and the database ready. releng/bench reads these lines.
 */
public class StartupTimer {

	private static final boolean ENABLED = Boolean.getBoolean("rapport.startup.timing");

	private boolean databaseReported;

	@Inject
	@Optional
	void windowShown(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, UISynchronize ui) {
		if (ENABLED) {
			// Queued behind everything the start-up put on the UI thread: runs once it is idle.
			ui.asyncExec(() -> report("window"));
		}
	}

	@Inject
	@Optional
	void databaseReady(@UIEventTopic(DatabaseStartup.TOPIC) StartupState state) {
		if (ENABLED && !databaseReported && state.phase() != Phase.OPENING) {
			databaseReported = true;
			report("database");
		}
	}

	private static void report(String what) {
		Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
		System.out.println("rapport.startup." + what + ".ms=" + Duration.between(start, Instant.now()).toMillis());
		System.out.flush();
	}
}
