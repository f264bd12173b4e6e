package org.rapport.contacts.ui.internal.transfer;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.ContactTransfer.Format;
import org.rapport.contacts.ContactTransfer.Summary;
import org.rapport.contacts.ui.internal.Messages;

/** Import and export from the customer list: choose a file, see what happens, follow the progress, cancel. */
public final class Transfers {

	private Transfers() {
	}

	/** Imports a file the user picks; true when customers were imported or merged. */
	public static boolean importFile(Shell shell, ContactTransfer transfer) {
		FileDialog choose = new FileDialog(shell, SWT.OPEN);
		choose.setFilterExtensions(new String[] { "*.csv;*.vcf;*.txt", "*.*" });
		String chosen = choose.open();
		return chosen != null && importFile(shell, transfer, Path.of(chosen));
	}

	public static boolean importFile(Shell shell, ContactTransfer transfer, Path file) {
		// The dialog reads the file's first rows itself, in the background, and says if it cannot.
		ImportDialog dialog = new ImportDialog(shell, file, transfer);
		if (dialog.open() != Window.OK) {
			return false;
		}
		Summary[] summary = new Summary[1];
		if (!run(shell, Messages.Import_title, monitor -> summary[0] = transfer.importFile(file, dialog.reading(), dialog.onDuplicate(), monitor))) {
			return false;
		}
		Summary s = summary[0];
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Import_done,
				new Object[] { s.imported(), s.merged(), s.skipped(), s.rejected(), s.warnings() }));
		if (s.rejects() != null) {
			text.append('\n').append(NLS.bind(Messages.Import_rejectsAt, s.rejects()));
		}
		if (s.warningsFile() != null) {
			text.append('\n').append(NLS.bind(Messages.Import_warningsAt, s.warningsFile()));
		}
		if (s.rejects() != null || s.warningsFile() != null) {
			MessageDialog.openWarning(shell, Messages.Import_title, text.toString());
		} else {
			MessageDialog.openInformation(shell, Messages.Import_title, text.toString());
		}
		return s.imported() + s.merged() > 0;
	}

	/**
	 * Exports the customers of the list's view (all, or a segment's members) to a file the user picks: .vcf as
	 * vCard 4.0, anything else as CSV.
	 *
	 * @param segment the segment the list shows, or null for every customer
	 */
	public static void exportFile(Shell shell, ContactTransfer transfer, Long segment) {
		FileDialog choose = new FileDialog(shell, SWT.SAVE);
		choose.setFilterExtensions(new String[] { "*.csv", "*.vcf" });
		choose.setFileName("customers.csv");
		choose.setOverwrite(true);
		String chosen = choose.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		int[] count = new int[1];
		Format format = ContactTransfer.formatOf(file);
		if (run(shell, Messages.Export_title, monitor -> count[0] = transfer.export(file, format, null, segment, monitor))) {
			MessageDialog.openInformation(shell, Messages.Export_title, NLS.bind(Messages.Export_done, count[0], file));
		}
	}

	/** Work with a progress dialog that can be cancelled; its failure is shown. */
	private static boolean run(Shell shell, String title, Work work) {
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				try {
					work.run(monitor);
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (!(cause instanceof org.eclipse.core.runtime.OperationCanceledException)) {
				MessageDialog.openError(shell, title, cause.getMessage());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private interface Work {
		void run(org.eclipse.core.runtime.IProgressMonitor monitor);
	}
}
