package org.rapport.platform.headless;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Shows the steps of long work on the error stream, so that standard output stays machine-readable. */
public class ConsoleProgress extends NullProgressMonitor {

	private final PrintStream err;

	public ConsoleProgress(PrintStream err) {
		this.err = err;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		show(name);
	}

	@Override
	public void subTask(String name) {
		show(name);
	}

	@Override
	public void setTaskName(String name) {
		show(name);
	}

	private void show(String name) {
		if (name != null && !name.isBlank()) {
			err.println("... " + name);
		}
	}
}
