package org.rapport.sales.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.rapport.platform.csv.CsvOutput;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.SalesStage;

/**
 * The stages of a process as CSV, one line per stage in order: stage (id, blank for a new one), name, probability,
 * outcome (open, won, lost), signals (separated by "|"). Faults are named by file, line and column. Written through
 * {@link CsvOutput}, so a stage named like a formula stays text in a spreadsheet, and read back to the same names.
 */
public final class StageFile {

	static final String[] COLUMNS = { "stage", "name", "probability", "outcome", "signals" };

	private StageFile() {
	}

	/** Writes the header and the stages to {@code out}, and closes it. */
	public static void write(List<SalesStage> stages, Writer out) throws IOException {
		try (CsvOutput csv = CsvOutput.to(out)) {
			csv.row((Object[]) COLUMNS);
			for (SalesStage s : stages) {
				csv.row(s.id(), s.label(), s.probability(), s.outcome().name().toLowerCase(Locale.ROOT),
						String.join(" | ", s.signals()));
			}
		}
	}

	/** The stages of a file written by {@link #write} or by hand; every fault at once, by line and column. */
	public static List<SalesStage> read(Reader text, String fileName) {
		List<SalesStage> stages = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
				.setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			List<String> headers = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
			if (!headers.containsAll(List.of("name", "probability"))) {
				throw new ValidationException(fileName, NLS.bind(Messages.Process_fileColumns, fileName,
						String.join(", ", COLUMNS)));
			}
			for (CSVRecord row : parser) {
				long line = row.getRecordNumber() + 1;
				int probability = -1;
				try {
					probability = Integer.parseInt(value(row, "probability"));
				} catch (NumberFormatException e) {
					errors.add(fault(fileName, line, "probability", Messages.Opportunity_badProbability));
				}
				SalesStage.Outcome outcome = SalesStage.Outcome.OPEN;
				String given = value(row, "outcome");
				try {
					outcome = given.isEmpty() ? outcome : SalesStage.Outcome.valueOf(given.toUpperCase(Locale.ROOT));
				} catch (IllegalArgumentException e) {
					errors.add(fault(fileName, line, "outcome", NLS.bind(Messages.Process_badOutcome, given)));
				}
				String signals = value(row, "signals");
				stages.add(new SalesStage(value(row, "stage"), value(row, "name"), Math.max(probability, 0), outcome,
						signals.isEmpty() ? List.of() : Arrays.stream(signals.split("\\|")).map(String::strip).toList()));
			}
		} catch (IOException | IllegalStateException | UncheckedIOException e) {
			throw new ValidationException(fileName, NLS.bind(Messages.Import_unreadable, fileName, e.getMessage()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return stages;
	}

	/** A fault of {@code stages[n].field} as the line and column of the file it came from. */
	public static FieldError located(FieldError e, String fileName) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("stages\\[(\\d+)\\]\\.(\\w+)").matcher(e.field());
		if (!m.matches()) {
			return e;
		}
		String column = switch (m.group(2)) {
		case "label" -> "name";
		case "id" -> "stage";
		default -> m.group(2);
		};
		return fault(fileName, Long.parseLong(m.group(1)) + 1, column, e.message());
	}

	private static FieldError fault(String fileName, long line, String column, String message) {
		return new FieldError(fileName + ":" + line + ":" + column,
				NLS.bind(Messages.Import_fault, new Object[] { fileName, line, column, message }));
	}

	/** The cell, without the apostrophe {@link #write} puts before a formula start. */
	private static String value(CSVRecord row, String column) {
		return row.isMapped(column) && row.isSet(column) ? CsvOutput.cell(row.get(column).strip()) : "";
	}
}
