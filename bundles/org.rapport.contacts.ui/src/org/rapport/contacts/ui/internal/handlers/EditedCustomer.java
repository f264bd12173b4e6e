package org.rapport.contacts.ui.internal.handlers;

import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.contacts.ui.internal.editor.CustomerEditorPart;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/**
 * The customer of the editor a privacy command acts on, and the background work the commands share: the database is
 * never used on the UI thread, and what came of it is shown in a dialog when done.
 *
 * @param id   the customer's id
 * @param name the name the editor shows
 */
record EditedCustomer(long id, String name) {

	/** The part's elementId when it edits a customer. */
	static final String EDITOR = "org.rapport.contacts.ui.partdescriptor.customer";

	/** The customer the part edits, or null when it is not a customer editor. */
	static EditedCustomer of(MPart part) {
		if (part == null || !EDITOR.equals(part.getElementId())) {
			return null;
		}
		String id = part.getPersistedState().get(CustomerEditorPart.CUSTOMER_ID);
		try {
			return id == null ? null : new EditedCustomer(Long.parseLong(id), part.getLabel());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Work in the background that gives the text to show, or throws what went wrong. */
	interface Work {
		String run(IProgressMonitor monitor);
	}

	/**
	 * Runs the work in a job the user sees in the progress view; then, on the UI thread, shows its text (and runs
	 * {@code done}), or its error.
	 */
	static void inJob(String jobName, String title, Shell shell, UISynchronize ui, Work work, Runnable done) {
		Job job = Job.create(jobName, monitor -> {
			try {
				String text = work.run(monitor);
				ui.asyncExec(() -> {
					done.run();
					if (!shell.isDisposed()) {
						MessageDialog.openInformation(shell, title, text);
					}
				});
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				String problem = e instanceof ValidationException refused
						? refused.errors().stream().map(FieldError::message).collect(Collectors.joining("\n"))
						: e.getMessage();
				ui.asyncExec(() -> {
					if (!shell.isDisposed()) {
						MessageDialog.openError(shell, title, problem);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}
}
