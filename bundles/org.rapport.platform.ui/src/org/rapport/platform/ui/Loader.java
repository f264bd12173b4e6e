package org.rapport.platform.ui;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.rapport.platform.ui.internal.Messages;

/**
 * Loads what a part shows without freezing the workbench: the query runs in a background job while the part shows a
 * busy cursor, and the result is shown on the UI thread, unless the part was closed or a newer load started
 * meanwhile (a filter typed quickly shows only its last result). Every part that reads the database loads through one
 * of these, created in its {@code @PostConstruct}; the query must not touch widgets, the show step must not touch the
 * database.
 */
public final class Loader {

	private final Control control;
	private final AtomicLong latest = new AtomicLong();
	private volatile long shown;

	public Loader(Control control) {
		this.control = control;
	}

	/** Runs the query in the background and hands its result to {@code show} on the UI thread. */
	public <T> void load(Supplier<T> query, Consumer<T> show) {
		load(query, show, this::report);
	}

	/** As {@link #load(Supplier, Consumer)}, with the part's own way of showing a failure (on the UI thread). */
	public <T> void load(Supplier<T> query, Consumer<T> show, Consumer<RuntimeException> failed) {
		if (control.isDisposed()) {
			return;
		}
		long mine = latest.incrementAndGet();
		control.setCursor(control.getDisplay().getSystemCursor(SWT.CURSOR_APPSTARTING));
		Job job = Job.create(Messages.Load_job, monitor -> {
			try {
				T result = query.get();
				finish(mine, () -> show.accept(result));
			} catch (RuntimeException e) {
				finish(mine, () -> failed.accept(e));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Whether a load is still running or waiting to be shown. */
	public boolean busy() {
		return shown != latest.get();
	}

	private void finish(long generation, Runnable step) {
		if (control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (control.isDisposed() || generation != latest.get()) {
				return;
			}
			try {
				step.run();
			} finally {
				shown = generation;
				// The show step may have closed the part or dialog.
				if (!control.isDisposed()) {
					control.setCursor(null);
				}
			}
		});
	}

	private void report(RuntimeException e) {
		MessageDialog.openError(control.getShell(), Messages.Load_failed,
				e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
	}
}
