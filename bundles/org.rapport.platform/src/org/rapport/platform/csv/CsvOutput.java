package org.rapport.platform.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Rapport writes a CSV file (exports, rejects, warnings, reports): RFC 4180 quoting by Commons CSV, and
 * every cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * written with a leading apostrophe, so that a customer named {@code =HYPERLINK(...)} stays text when the file is
 * opened. Numbers such as {@code -12.50} are written as they are. Readers of Rapport's own files take the apostrophe
 * off again with {@link #cell(String)}.
 */
public final class CsvOutput implements Closeable, Flushable {

	// A minus amount stays a number; "+60123456789" is a phone number, kept as text with its plus.
	private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)*([eE][-+]?\\d+)?");
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	private CsvOutput(Writer out) throws IOException {
		printer = new CSVPrinter(out, CSVFormat.DEFAULT);
	}

	/** A CSV file written to {@code out}, which this closes. */
	public static CsvOutput to(Writer out) throws IOException {
		return new CsvOutput(out);
	}

	/** Writes one row; {@code null} is an empty cell, anything else its {@code toString()}. */
	public void row(Object... cells) throws IOException {
		row(Arrays.asList(cells));
	}

	/** Writes one row; {@code null} is an empty cell, anything else its {@code toString()}. */
	public void row(Iterable<?> cells) throws IOException {
		List<String> safe = new ArrayList<>();
		for (Object cell : cells) {
			safe.add(cell == null ? null : safe(cell.toString()));
		}
		printer.printRecord(safe);
	}

	/** The text a spreadsheet shows as written: a formula start gets a leading apostrophe. */
	public static String safe(String value) {
		return guarded(value) ? "'" + value : value;
	}

	/** A cell read back from a file this wrote: the apostrophe put before a formula start is taken off. */
	public static String cell(String value) {
		return value != null && value.startsWith("'") && guarded(value.substring(1)) ? value.substring(1) : value;
	}

	/**
	 * Whether {@link #safe} prefixes the value: a formula start that is not a number, or an apostrophe before such a
	 * value (so that text which already starts {@code '=} reads back as written).
	 */
	private static boolean guarded(String value) {
		int at = 0;
		while (at < value.length() && value.charAt(at) == '\'') {
			at++;
		}
		String rest = value.substring(at);
		return !rest.isEmpty() && FORMULA_STARTS.indexOf(rest.charAt(0)) >= 0 && !NUMBER.matcher(rest).matches();
	}

	@Override
	public void flush() throws IOException {
		printer.flush();
	}

	@Override
	public void close() throws IOException {
		printer.close();
	}
}
