package org.rapport.sales.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteDocuments;

/** Saves a quote as a PDF where the user chooses, then opens it with the system's viewer. */
final class QuotePrinting {

	private QuotePrinting() {
	}

	static void save(Shell shell, QuoteDocuments documents, Quote quote) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.pdf" });
		dialog.setFileName(quote.number() + ".pdf");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		// Written beside and moved into place, so a failure never leaves half a document under the chosen name.
		Path part = file.resolveSibling(file.getFileName() + ".part");
		try (OutputStream out = Files.newOutputStream(part)) {
			documents.pdf(quote.id(), out);
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, Messages.Quote_print, NLS.bind(Messages.Quote_printFailed, chosen,
					e.getMessage()));
			return;
		}
		try {
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Quote_print, NLS.bind(Messages.Quote_printFailed, chosen,
					e.getMessage()));
			return;
		}
		Program.launch(file.toString());
	}
}
