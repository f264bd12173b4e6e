package org.rapport.contacts.internal.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rapport.contacts.internal.io.ImportRow;
import org.rapport.contacts.internal.io.ImportWarning;
import org.rapport.platform.csv.CsvOutput;
import org.rapport.platform.validation.FieldError;

/**
 * The two files an import writes beside the file it reads, row by row as it goes so that nothing of them is held in
 * memory: the rejects ({@code line, field, reason}) and the warnings ({@code line, field, value, reason}) about
 * values kept as written or left out. For vCards the first column is the card's number and is headed {@code card}.
 */
final class ImportReport implements AutoCloseable {

	private final Path rejectsFile;
	private final Path warningsFile;
	private final CsvOutput rejects;
	private final CsvOutput warnings;
	private int rejected;
	private int warned;

	/** @param numbering what a row's number counts: {@code line} or {@code card} */
	ImportReport(Path rejectsFile, String numbering) throws IOException {
		this.rejectsFile = rejectsFile;
		this.warningsFile = warningsFile(rejectsFile);
		this.rejects = open(rejectsFile);
		try {
			this.warnings = open(warningsFile);
			rejects.row(numbering, "field", "reason");
			warnings.row(numbering, "field", "value", "reason");
		} catch (IOException | RuntimeException e) {
			rejects.close();
			throw e;
		}
	}

	/**
	 * The warnings file that goes with a rejects file: {@code contacts.csv.rejects.csv} has
	 * {@code contacts.csv.warnings.csv}; a rejects file named otherwise has its name and {@code .warnings.csv}.
	 */
	static Path warningsFile(Path rejectsFile) {
		String name = rejectsFile.getFileName().toString();
		String warnings = name.endsWith("rejects.csv")
				? name.substring(0, name.length() - "rejects.csv".length()) + "warnings.csv"
				: name + ".warnings.csv";
		return rejectsFile.resolveSibling(warnings);
	}

	void reject(ImportRow row) {
		rejected++;
		try {
			for (FieldError e : row.errors()) {
				rejects.row(row.line(), e.field(), e.message());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The warnings of a row that was imported or merged (a skipped row's values were not kept anyway). */
	void warn(ImportRow row) {
		try {
			for (ImportWarning w : row.warnings()) {
				warnings.row(w.line(), w.field(), w.value(), w.reason());
				warned++;
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	int rejected() {
		return rejected;
	}

	int warnings() {
		return warned;
	}

	Path rejectsFile() {
		return rejectsFile;
	}

	Path warningsFile() {
		return warningsFile;
	}

	@Override
	public void close() throws IOException {
		try (CsvOutput w = warnings) {
			rejects.close();
		}
	}

	private static CsvOutput open(Path file) throws IOException {
		Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		try {
			return CsvOutput.to(out);
		} catch (IOException | RuntimeException e) {
			out.close();
			throw e;
		}
	}
}
