package org.rapport.contacts.engagement.internal.ics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.engagement.CalendarFiles;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.contacts.engagement.internal.ics.EventReading.Note;
import org.rapport.platform.csv.CsvOutput;

/**
 * What an import says about the events of a file: the rejected ones in {@code FILE.rejects.csv}, the warnings in
 * {@code FILE.warnings.csv}, beside the file as the contacts import writes its rejects (each written only when there
 * is something to list, and an older one removed when there is not), and the first {@link #SHOWN} of them as lines
 * to show on the console or in a dialog.
 */
final class ImportReport {

	/** How many rejections and warnings are shown besides being listed in the files. */
	static final int SHOWN = 20;

	private static final List<String> HEADER = List.of("line", "uid", "summary", "property", "value", "reason");

	private final Path rejects;
	private final Path warnings;
	private CsvOutput rejectsOut;
	private CsvOutput warningsOut;
	private final List<String> shown = new ArrayList<>();
	private int rejected;
	private int warned;

	/** The report of an import of this file. */
	ImportReport(Path file) {
		rejects = file.resolveSibling(file.getFileName() + ".rejects.csv");
		warnings = file.resolveSibling(file.getFileName() + ".warnings.csv");
	}

	/** @throws IllegalArgumentException when the list cannot be written beside the file */
	void reject(Note note, String uid, String title) {
		rejected++;
		rejectsOut = row(rejectsOut, rejects, note, uid, title);
		show(Messages.Ics_rejectedAt, note, uid, title);
	}

	/** @throws IllegalArgumentException when the list cannot be written beside the file */
	void warn(Note note, String uid, String title) {
		warned++;
		warningsOut = row(warningsOut, warnings, note, uid, title);
		show(Messages.Ics_warningAt, note, uid, title);
	}

	int rejected() {
		return rejected;
	}

	int warned() {
		return warned;
	}

	/**
	 * Writes out what is listed; called inside the import's transaction, so that a list that cannot be written
	 * undoes the import rather than leaving it unreported.
	 *
	 * @throws IllegalArgumentException when a list cannot be written beside the file
	 */
	void complete() {
		try {
			close();
		} catch (IOException e) {
			throw cannotWrite(e);
		}
	}

	/** The outcome of the committed import; an older list that this import has nothing for is removed. */
	CalendarFiles.Summary finish(int imported, int skipped) {
		try {
			if (rejected == 0) {
				Files.deleteIfExists(rejects);
			}
			if (warned == 0) {
				Files.deleteIfExists(warnings);
			}
		} catch (IOException e) {
			// The import is committed: a stale list left over from an earlier one is no reason to say otherwise.
		}
		return new CalendarFiles.Summary(imported, skipped, rejected, warned, rejected == 0 ? null : rejects,
				warned == 0 ? null : warnings, shown);
	}

	/** An import that did not happen leaves no report of itself. */
	void discard() {
		try {
			close();
		} catch (IOException e) {
			// Removed below all the same.
		}
		try {
			Files.deleteIfExists(rejects);
			Files.deleteIfExists(warnings);
		} catch (IOException e) {
			// Nothing more to do: the import's own failure is what the user is told.
		}
	}

	private void close() throws IOException {
		try {
			if (rejectsOut != null) {
				rejectsOut.close();
			}
		} finally {
			if (warningsOut != null) {
				warningsOut.close();
			}
		}
	}

	private CsvOutput row(CsvOutput out, Path file, Note note, String uid, String title) {
		try {
			CsvOutput csv = out;
			if (csv == null) {
				csv = CsvOutput.to(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
				csv.row(HEADER);
			}
			csv.row(note.line(), uid, title, note.property(), note.value(), note.reason());
			return csv;
		} catch (IOException e) {
			throw cannotWrite(e);
		}
	}

	private IllegalArgumentException cannotWrite(IOException e) {
		return new IllegalArgumentException(NLS.bind(Messages.Ics_cannotWrite, rejects.getParent(), e.getMessage()), e);
	}

	private void show(String message, Note note, String uid, String title) {
		if (shown.size() < SHOWN) {
			List<String> names = new ArrayList<>();
			if (!title.isEmpty()) {
				names.add("\"" + (title.length() > 60 ? title.substring(0, 60) + "\u2026" : title) + "\"");
			}
			if (!uid.isEmpty()) {
				names.add("UID " + uid);
			}
			String which = names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
			shown.add(NLS.bind(message, new Object[] { note.line(), which, note.reason() }));
		} else if (shown.size() == SHOWN) {
			shown.add(Messages.Ics_more);
		}
	}
}
