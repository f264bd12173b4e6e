package org.rapport.contacts.internal.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.csv.BoundedReader.LimitExceeded;
import org.rapport.platform.validation.FieldError;

/**
 * Reads customers from a CSV contact file, one {@link ImportRow} per record, each with the line it starts on
 * so that users can find and fix rejected rows in the file. Comma, semicolon (European Excel) and tab separated
 * files are recognised by their header line. The file is streamed: a value or record larger than
 * {@link ContactLimits} is refused with its line ({@link ContactFileRefused}) before it is held in memory.
 */
public final class ContactCsvReader implements ContactRows {

	/** The field of errors about the record as a whole rather than one of its values. */
	public static final String LINE_FIELD = "line";

	/** The text of a contact file, opened afresh at each call (the separator is found first, then the file read). */
	public interface Text {
		Reader open() throws IOException;
	}

	private static final int MAX_HEADER_CHARS = 64 * 1024;

	private final Path file;
	private final Charset charset;
	private final String region;
	private final char delimiter;
	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final List<String> headers;
	private final ColumnMapping mapping;
	private final boolean strict;
	private List<String> lastRecord = List.of();
	private ImportRow pending;
	private boolean finished;

	/**
	 * Opens the file and reads its header line; values that are not understood are kept with a warning.
	 *
	 * @param mapping the mapping to use, usually made from {@link #headers(Path, Charset)} of the same file;
	 *                null to recognise the columns with {@link ColumnMapping#auto(List)}
	 * @param region  region for phone numbers without a country code (MY, CN, TW)
	 * @throws IllegalArgumentException when no column holds a name, company, email or phone
	 * @throws ContactFileRefused       when the header line is too large to read
	 * @throws IOException              when the file cannot be read or its header line has a broken quote
	 */
	public ContactCsvReader(Path file, Charset charset, ColumnMapping mapping, String region) throws IOException {
		this(file, charset, mapping, region, false);
	}

	/**
	 * Opens the file and reads its header line.
	 *
	 * @param strict reject a row with a value that is not valid, instead of keeping the value with a warning
	 * @see #ContactCsvReader(Path, Charset, ColumnMapping, String)
	 */
	public ContactCsvReader(Path file, Charset charset, ColumnMapping mapping, String region, boolean strict)
			throws IOException {
		this(file, () -> ContactLimits.open(file, charset), charset, mapping, region, strict);
	}

	/**
	 * Reads text that does not come straight from a file (a stream, generated rows).
	 *
	 * @param file the name messages give the text
	 * @param text the text, without a byte order mark
	 * @see #ContactCsvReader(Path, Charset, ColumnMapping, String, boolean)
	 */
	public ContactCsvReader(Path file, Text text, Charset charset, ColumnMapping mapping, String region,
			boolean strict) throws IOException {
		this.file = file;
		this.charset = charset;
		this.region = region;
		this.strict = strict;
		this.delimiter = delimiter(text);
		Reader records = ContactLimits.csv(text.open(), delimiter);
		try {
			this.parser = CSVParser.parse(records, format(delimiter));
			this.records = parser.iterator();
			this.headers = readHeaders();
		} catch (IOException | RuntimeException e) {
			records.close();
			throw e;
		}
		this.mapping = mapping != null ? mapping : ColumnMapping.auto(headers);
		if (!this.mapping.identifiesCustomers()) {
			parser.close();
			throw new IllegalArgumentException(
					NLS.bind(Messages.Import_noIdentityColumn, file.getFileName(), ColumnMapping.quoted(headers)));
		}
	}

	/** Opens a file in the given character set, its columns recognised by their names. */
	public static ContactCsvReader open(Path file, Charset charset, String region) throws IOException {
		return new ContactCsvReader(file, charset, null, region);
	}

	/** Opens a file, guessing its character set and recognising its columns. */
	public static ContactCsvReader open(Path file, String region) throws IOException {
		return open(file, ContactFileEncoding.detect(file), region);
	}

	/** The column headers of a file, to choose or build a mapping before reading it. */
	public static List<String> headers(Path file, Charset charset) throws IOException {
		Text text = () -> ContactLimits.open(file, charset);
		char delimiter = delimiter(text);
		try (Reader records = ContactLimits.csv(text.open(), delimiter);
				CSVParser parser = CSVParser.parse(records, format(delimiter))) {
			for (CSVRecord record : parser) {
				if (!blank(record)) {
					return cleanHeaders(record);
				}
			}
			return List.of();
		} catch (UncheckedIOException e) {
			throw refusedOr(file, e);
		}
	}

	public Path file() {
		return file;
	}

	public List<String> headers() {
		return headers;
	}

	/** The cells of the record {@link #next} read last, as in the file; empty before the first. */
	public List<String> lastRecord() {
		return lastRecord;
	}

	public ColumnMapping mapping() {
		return mapping;
	}

	public Charset charset() {
		return charset;
	}

	public char delimiter() {
		return delimiter;
	}

	@Override
	public String numbering() {
		return LINE_FIELD;
	}

	/**
	 * Whether another row follows. A record the parser cannot get past (a broken quote) is returned as one
	 * rejected row and ends the file.
	 *
	 * @throws ContactFileRefused   when a value or record is too large to read
	 * @throws UncheckedIOException when the file cannot be read any more
	 */
	@Override
	public boolean hasNext() {
		if (pending == null) {
			pending = read();
		}
		return pending != null;
	}

	@Override
	public ImportRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		ImportRow row = pending;
		pending = null;
		return row;
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

	private List<String> readHeaders() throws IOException {
		try {
			while (records.hasNext()) {
				CSVRecord record = records.next();
				if (!blank(record)) {
					return cleanHeaders(record);
				}
			}
			return List.of();
		} catch (UncheckedIOException e) {
			throw refusedOr(file, e);
		}
	}

	/** The refusal of a part too large, or the cause of another failure to read. */
	private static IOException refusedOr(Path file, UncheckedIOException e) {
		if (e.getCause() instanceof LimitExceeded limit) {
			throw ContactLimits.refused(file, limit);
		}
		return e.getCause();
	}

	/** The next row, or null at the end of the file or after a record that stopped the parser. */
	private ImportRow read() {
		while (!finished) {
			// The parser has consumed the lines of all earlier records (and blank lines, read as empty records).
			long line = parser.getCurrentLineNumber() + 1;
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					finished = true;
					return null;
				}
				record = records.next();
			} catch (UncheckedIOException e) {
				if (e.getCause() instanceof LimitExceeded limit) {
					throw ContactLimits.refused(file, limit);
				}
				if (!(e.getCause() instanceof CSVException)) {
					throw e;
				}
				// A quoting error leaves the parser lost: nothing after it can be trusted.
				finished = true;
				boolean eof = String.valueOf(e.getCause().getMessage()).contains("EOF");
				return broken(line, eof ? Messages.Import_unclosedQuote : Messages.Import_strayQuote);
			}
			if (blank(record)) {
				continue;
			}
			if (record.size() != headers.size()) {
				// Fewer fields usually mean a line broken in two, more an unquoted separator: both shift values.
				return broken(line, NLS.bind(Messages.Import_fieldCount, record.size(), headers.size()));
			}
			lastRecord = record.toList();
			return ImportedCustomer.row(CsvContact.from(lastRecord, mapping), line, region, strict);
		}
		return null;
	}

	private static ImportRow broken(long line, String message) {
		return new ImportRow(line, null, List.of(new FieldError(LINE_FIELD, message)));
	}

	private static boolean blank(CSVRecord record) {
		for (String value : record) {
			if (value != null && !value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static List<String> cleanHeaders(CSVRecord record) {
		List<String> headers = new ArrayList<>();
		for (String header : record) {
			headers.add(header == null ? "" : header.replace("\uFEFF", "").strip());
		}
		return List.copyOf(headers);
	}

	private static CSVFormat format(char delimiter) {
		// Empty lines are kept (and skipped here) so that the parser's line count includes them.
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true).get();
	}

	/** The separator of the text's header line. */
	private static char delimiter(Text text) throws IOException {
		try (BufferedReader head = new BufferedReader(text.open(), MAX_HEADER_CHARS + 1)) {
			return delimiter(head);
		}
	}

	/** The separator used most in the header line outside quotes: comma, semicolon or tab (comma on a tie). */
	private static char delimiter(BufferedReader text) throws IOException {
		text.mark(MAX_HEADER_CHARS);
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		boolean started = false;
		for (int i = 0, c = text.read(); c >= 0 && i < MAX_HEADER_CHARS - 1; i++, c = text.read()) {
			if (c == '"') {
				quoted = !quoted;
				started = true;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				if (started) {
					break; // end of the header; blank lines before it are skipped
				}
			} else if (!quoted) {
				started = true;
				commas += c == ',' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		text.reset();
		if (commas >= semicolons && commas >= tabs) {
			return ',';
		}
		return semicolons >= tabs ? ';' : '\t';
	}
}
