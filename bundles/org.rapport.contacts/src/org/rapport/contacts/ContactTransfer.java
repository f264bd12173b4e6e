package org.rapport.contacts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
	 * How to read a file. Encoding and columns are for CSV files; vCards need neither.
	 *
	 * @param encoding a character set name, or null to detect it (UTF-8 with or without BOM, UTF-16, GBK, Big5)
	 * @param columns  what each column holds, one name per column as {@link #columnFields()} lists them; null to
	 *                 recognise the columns by their headers (Google, Outlook, everyday names, custom fields)
	 * @param strict   false (the usual): every row with a name, company, email or phone is imported, a value that
	 *                 cannot be understood is kept as written (a channel marked unverified) and listed in the
	 *                 warnings file; true: such a row is rejected instead, as before
	 */
	record Reading(String encoding, List<String> columns, boolean strict) {

		public Reading {
			columns = columns == null ? null : List.copyOf(columns);
		}

		/** Keeping what cannot be understood, with a warning. */
		public Reading(String encoding, List<String> columns) {
			this(encoding, columns, false);
		}

		/** Encoding and columns detected. */
		public static Reading detected() {
			return new Reading(null, null);
		}

		/** The same reading, rejecting (strict) or keeping with a warning a row with a value not understood. */
		public Reading strict(boolean reject) {
			return new Reading(encoding, columns, reject);
		}
	}

	/**
	 * What an import would read, before anything is written.
	 *
	 * @param encoding name of the character set used (CSV)
	 * @param mapping  the columns and what they hold, in mapping-file syntax (CSV)
	 * @param headers  the file's column headers (CSV)
	 * @param columns  what each column holds, as {@link Reading#columns} names it (CSV)
	 * @param samples  for each column, the first non-empty value found in the first rows (CSV)
	 * @param rows     the first rows as they would be imported
	 * @param problems the first rows' problems, "line N: reason"
	 */
	record Preview(String encoding, String mapping, List<String> headers, List<String> columns, List<String> samples,
			List<CustomerInput> rows, List<String> problems) {
	}

	/**
	 * The outcome of an import.
	 *
	 * @param warnings     how many values were kept as written (or left out) with a warning
	 * @param rejects      the file listing rejected rows with line and reason, or null when none was rejected
	 * @param warningsFile the file listing the warnings with line (card for vCards), field, value and reason, or null
	 *                     when there was none
	 */
	record Summary(int imported, int merged, int skipped, int rejected, int warnings, Path rejects, Path warningsFile) {
	}

	/** The format of a file by its name: .vcf is vCard, anything else CSV. */
	static Format formatOf(Path file) {
		return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".vcf") ? Format.VCARD : Format.CSV;
	}

	/**
	 * What a CSV column can hold: names as {@link Reading#columns} and mapping files use them, with their
	 * translated labels, in the order a user picks from; the defined custom fields come as {@code custom.<key>}.
	 */
	Map<String, String> columnFields();

	/** Reads the first rows of a file; throws IllegalArgumentException with a message for unusable files. */
	Preview preview(Path file, Reading reading, int rows);

	/**
	 * Imports a file (format by its name); throws IllegalArgumentException for unusable files or settings, and for a
	 * file with a value, line or card too large to read (the message names the line; nothing is imported).
	 */
	Summary importFile(Path file, Reading reading, OnDuplicate onDuplicate, IProgressMonitor monitor);

	/**
	 * Exports customers: all, those with a tag, the members of a segment, or those with the tag in the segment;
	 * returns how many.
	 *
	 * @param tag     a tag, or null
	 * @param segment a segment id, or null
	 */
	int export(Path file, Format format, String tag, Long segment, IProgressMonitor monitor);
}
