package org.rapport.contacts;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Import and export of customers, for the workbench's wizards, headless commands and other modules. An
 * import is all or nothing: cancelled or failed, it leaves no customer behind and can be run again.
 */
public interface ContactTransfer {

	/** What to do with a row that matches an existing customer by email or phone. */
	enum OnDuplicate {
		SKIP, MERGE, CREATE
	}

	/** File formats. */
	enum Format {
		CSV, VCARD, VCARD3
	}

	/**
	 * What an import would read, before anything is written.
	 *
	 * @param encoding name of the detected character set (CSV)
	 * @param mapping  the columns and what they hold, in mapping-file syntax (CSV)
	 * @param rows     the first rows as they would be imported
	 * @param problems the first rows' problems, "line N: reason"
	 */
	record Preview(String encoding, String mapping, List<CustomerInput> rows, List<String> problems) {
	}

	/**
	 * The outcome of an import.
	 *
	 * @param rejects the file listing rejected rows with line and reason, or null when none was rejected
	 */
	record Summary(int imported, int merged, int skipped, int rejected, Path rejects) {
	}

	/** The format of a file by its name: .vcf is vCard, anything else CSV. */
	static Format formatOf(Path file) {
		return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".vcf") ? Format.VCARD : Format.CSV;
	}

	/** Reads the first rows of a file; throws IllegalArgumentException with a message for unusable files. */
	Preview preview(Path file, int rows);

	/** Imports a file (format by its name, encoding and columns detected). */
	Summary importFile(Path file, OnDuplicate onDuplicate, IProgressMonitor monitor);

	/** Exports every customer, or those with the tag; returns how many. */
	int export(Path file, Format format, String tag, IProgressMonitor monitor);
}
