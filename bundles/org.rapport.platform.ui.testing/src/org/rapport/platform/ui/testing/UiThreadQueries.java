package org.rapport.platform.ui.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;
import org.rapport.platform.persistence.ConnectionGuard;

/**
 * Notes every database connection asked for on the UI thread while watching, with the code that asked: a query there
 * freezes every window of the workbench until it returns.
 */
final class UiThreadQueries implements ConnectionGuard {

	private final Display display;
	private final List<String> seen = new ArrayList<>();
	private volatile boolean watching;

	UiThreadQueries(Display display) {
		this.display = display;
	}

	void watch(boolean on) {
		watching = on;
	}

	@Override
	public void checkConnection() {
		if (watching && Thread.currentThread() == display.getThread()) {
			String caller = Arrays.stream(new Throwable().getStackTrace())
					.filter(f -> f.getClassName().startsWith("org.rapport.") && !f.getClassName().startsWith(
							"org.rapport.platform.persistence") && !f.getClassName().startsWith(getClass().getPackageName()))
					.limit(8).map(StackTraceElement::toString).collect(Collectors.joining(" < "));
			synchronized (seen) {
				seen.add(caller);
			}
		}
	}

	List<String> seen() {
		synchronized (seen) {
			return List.copyOf(seen);
		}
	}
}
