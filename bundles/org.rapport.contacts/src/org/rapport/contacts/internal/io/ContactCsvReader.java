package org.rapport.contacts.internal.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.internal.CustomerValidator;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.validation.FieldError;

/**
 * Reads customers from a CSV contact file, one {@link ImportRow} per record, each with the line it starts on
 * so that users can find and fix rejected rows in the file. Comma, semicolon (European Excel) and tab separated
 * files are recognised by their header line.
 */
public final class ContactCsvReader implements AutoCloseable, Iterator<ImportRow> {

	/** The field of errors about the record as a whole rather than one of its values. */
	public static final String LINE_FIELD = "line";

	private static final int MAX_HEADER_CHARS = 64 * 1024;

	private final Path file;
	private final Charset charset;
	private final String region;
	private final char delimiter;
	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final List<String> headers;
	private final ColumnMapping mapping;
	private List<String> lastRecord = List.of();
	private ImportRow pending;
	private boolean finished;

	/**
	 * Opens the file and reads its header line.
	 *
	 * @param mapping the mapping to use, usually made from {@link #headers(Path, Charset)} of the same file;
	 *                null to recognise the columns with {@link ColumnMapping#auto(List)}
	 * @param region  region for phone numbers without a country code (MY, CN, TW)
	 * @throws IllegalArgumentException when no column holds a name, company or email
	 * @throws IOException              when the file cannot be read or its header line has a broken quote
	 */
	public ContactCsvReader(Path file, Charset charset, ColumnMapping mapping, String region) throws IOException {
		this.file = file;
		this.charset = charset;
		this.region = region;
		BufferedReader text = open(file, charset);
		try {
			this.delimiter = delimiter(text);
			this.parser = CSVParser.parse(text, format(delimiter));
			this.records = parser.iterator();
			this.headers = readHeaders();
		} catch (IOException | RuntimeException e) {
			text.close();
			throw e;
		}
		this.mapping = mapping != null ? mapping : ColumnMapping.auto(headers);
		if (!this.mapping.identifiesCustomers()) {
			parser.close();
			throw new IllegalArgumentException(
					NLS.bind(Messages.Import_noUsableColumn, file.getFileName(), ColumnMapping.quoted(headers)));
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
		try (BufferedReader text = open(file, charset); CSVParser parser = CSVParser.parse(text, format(delimiter(text)))) {
			for (CSVRecord record : parser) {
				if (!blank(record)) {
					return cleanHeaders(record);
				}
			}
			return List.of();
		} catch (UncheckedIOException e) {
			throw e.getCause();
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

	/**
	 * Whether another row follows. A record the parser cannot get past (a broken quote) is returned as one
	 * rejected row and ends the file.
	 *
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
			throw e.getCause();
		}
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
			CustomerInput input = ImportedCustomer.from(record.toList(), mapping);
			List<FieldError> errors = new ArrayList<>(CustomerValidator.errors(input, region));
			Map<String, String> custom = ImportedCustomer.custom(record.toList(), mapping, errors);
			return new ImportRow(line, input, custom, errors);
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

	/** The text of the file, without the byte order mark of its character set; bad bytes read as U+FFFD. */
	private static BufferedReader open(Path file, Charset charset) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file));
		try {
			in.mark(4);
			byte[] head = in.readNBytes(3);
			in.reset();
			if (charset.equals(ContactFileEncoding.bomCharset(head))) {
				in.skipNBytes(ContactFileEncoding.bomLength(head));
			}
			return new BufferedReader(new InputStreamReader(in, charset), MAX_HEADER_CHARS + 1);
		} catch (IOException e) {
			in.close();
			throw e;
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
