package org.rapport.platform.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Text of an imported file, refused as soon as one of its parts is larger than a parser should hold in memory. Commons
 * CSV keeps a whole record, ez-vcard a whole card and ical4j a whole component: a field of 10 MB, a line of 100 MB or
 * a 2 GB file without a newline would end in an OutOfMemoryError. Put this reader in front of the parser; it counts
 * what it passes on and throws {@link LimitExceeded}, naming the line, the moment a limit is crossed, so a refusal
 * costs no more than reading the limit.
 * <p>
 * For CSV it follows the quoting as Commons CSV does (a quote opens a quoted value only at the start of a field, two
 * quotes inside it are one, a line break inside it is part of the value), so a record that spans lines is measured
 * as one record and named by the line it starts on. For line formats (vCard, iCalendar) it measures each physical
 * line and each section between a begin and an end line ({@code BEGIN:VCARD} ... {@code END:VCARD}).
 */
public final class BoundedReader extends FilterReader {

	/** What was too large. */
	public enum Limit {
		/** One CSV value. */
		FIELD,
		/** One CSV record, all its fields (and quoted line breaks) together. */
		RECORD,
		/** One physical line of a line format. */
		LINE,
		/** One section of a line format: a card, an event. */
		SECTION
	}

	/** The text crossed a limit; nothing after that point was read. */
	public static final class LimitExceeded extends IOException {

		private static final long serialVersionUID = 1L;

		private final Limit limit;
		private final long line;
		private final long section;
		private final long max;

		LimitExceeded(Limit limit, long line, long section, long max) {
			super(String.format(Locale.ROOT, "line %d: %s longer than %d characters", line,
					limit.name().toLowerCase(Locale.ROOT), max));
			this.limit = limit;
			this.line = line;
			this.section = section;
			this.max = max;
		}

		public Limit limit() {
			return limit;
		}

		/** The 1-based line where the part that is too large starts (a record, a line, a section). */
		public long line() {
			return line;
		}

		/** For {@link Limit#SECTION} and {@link Limit#LINE}: how many sections had begun (the card's number). */
		public long section() {
			return section;
		}

		/** The limit, in characters. */
		public long max() {
			return max;
		}
	}

	/** Where a CSV reader is in the quoting of the current field. */
	private enum Quoting {
		FIELD_START, PLAIN, QUOTED, QUOTE_IN_QUOTED
	}

	/** Longest begin or end line recognised, so that only the start of each line is kept. */
	private static final int MARKER_CHARS = 40;

	private final boolean csv;
	private final char delimiter;
	private final long maxField;
	private final long maxRecord;
	private final String begin;
	private final String end;
	private final StringBuilder lineStart = new StringBuilder(MARKER_CHARS);

	private Quoting quoting = Quoting.FIELD_START;
	private boolean afterCarriageReturn;
	private long line = 1;
	private long partLine = 1;
	private long fieldChars;
	private long partChars;
	private long lineChars;
	private long sectionLine = 1;
	private long sectionChars;
	private long sections;

	private BoundedReader(Reader in, boolean csv, char delimiter, long maxField, long maxRecord, String begin,
			String end) {
		super(in);
		this.csv = csv;
		this.delimiter = delimiter;
		this.maxField = maxField;
		this.maxRecord = maxRecord;
		this.begin = begin == null ? null : begin.toUpperCase(Locale.ROOT);
		this.end = end == null ? null : end.toUpperCase(Locale.ROOT);
	}

	/**
	 * CSV text with fields separated by {@code delimiter} and quoted with {@code "}.
	 *
	 * @param maxField  most characters of one value
	 * @param maxRecord most characters of one record
	 */
	public static BoundedReader csv(Reader in, char delimiter, long maxField, long maxRecord) {
		return new BoundedReader(in, true, delimiter, maxField, maxRecord, null, null);
	}

	/**
	 * Text of lines grouped in sections, such as vCards or iCalendar components.
	 *
	 * @param maxLine    most characters of one physical line
	 * @param begin      the line that begins a section ({@code BEGIN:VCARD}), compared ignoring case and blanks
	 * @param end        the line that ends it ({@code END:VCARD})
	 * @param maxSection most characters of one section; text outside sections counts as a section too
	 */
	public static BoundedReader sections(Reader in, long maxLine, String begin, String end, long maxSection) {
		return new BoundedReader(in, false, '\0', maxLine, maxSection, begin, end);
	}

	/** The 1-based physical line the reader has reached. */
	public long line() {
		return line;
	}

	@Override
	public int read() throws IOException {
		int c = in.read();
		if (c >= 0) {
			pass((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = in.read(buffer, offset, length);
		for (int i = offset; i < offset + n; i++) {
			pass(buffer[i]);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		// Skipped text is measured too: read it.
		char[] buffer = new char[(int) Math.min(8192, Math.max(n, 1))];
		long skipped = 0;
		while (skipped < n) {
			int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (read < 0) {
				break;
			}
			skipped += read;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public void mark(int readAheadLimit) throws IOException {
		throw new IOException("mark not supported");
	}

	@Override
	public void reset() throws IOException {
		throw new IOException("reset not supported");
	}

	private void pass(char c) throws LimitExceeded {
		if (c == '\n' && afterCarriageReturn) {
			// The second half of CRLF: the line was counted at the CR.
			afterCarriageReturn = false;
			return;
		}
		afterCarriageReturn = c == '\r';
		if (c == '\n' || c == '\r') {
			line++;
			if (csv) {
				csvLineBreak();
			} else {
				lineBreak();
			}
		} else if (csv) {
			csvChar(c);
		} else {
			lineChar(c);
		}
	}

	private void csvLineBreak() throws LimitExceeded {
		if (quoting == Quoting.QUOTED) {
			countCsv(1);
			return;
		}
		quoting = Quoting.FIELD_START;
		fieldChars = 0;
		partChars = 0;
		partLine = line;
	}

	private void csvChar(char c) throws LimitExceeded {
		switch (quoting) {
		case FIELD_START -> quoting = c == '"' ? Quoting.QUOTED : c == delimiter ? Quoting.FIELD_START : Quoting.PLAIN;
		case PLAIN -> quoting = c == delimiter ? Quoting.FIELD_START : Quoting.PLAIN;
		case QUOTED -> quoting = c == '"' ? Quoting.QUOTE_IN_QUOTED : Quoting.QUOTED;
		// Two quotes are one inside the value; anything else closed it.
		case QUOTE_IN_QUOTED -> quoting = c == '"' ? Quoting.QUOTED
				: c == delimiter ? Quoting.FIELD_START : Quoting.PLAIN;
		}
		if (quoting == Quoting.FIELD_START) {
			fieldChars = 0;
			partChars++;
			check(partChars > maxRecord, Limit.RECORD, partLine, 0, maxRecord);
		} else {
			countCsv(1);
		}
	}

	private void countCsv(int chars) throws LimitExceeded {
		fieldChars += chars;
		partChars += chars;
		check(fieldChars > maxField, Limit.FIELD, partLine, 0, maxField);
		check(partChars > maxRecord, Limit.RECORD, partLine, 0, maxRecord);
	}

	private void lineBreak() {
		String marker = lineStart.toString().strip().toUpperCase(Locale.ROOT);
		if (lineChars <= MARKER_CHARS && marker.equals(begin)) {
			sections++;
			sectionLine = line - 1;
			sectionChars = lineChars;
		} else if (lineChars <= MARKER_CHARS && marker.equals(end)) {
			sectionLine = line;
			sectionChars = 0;
		}
		lineChars = 0;
		lineStart.setLength(0);
		partLine = line;
	}

	private void lineChar(char c) throws LimitExceeded {
		lineChars++;
		sectionChars++;
		if (lineStart.length() < MARKER_CHARS) {
			lineStart.append(c);
		}
		check(lineChars > maxField, Limit.LINE, partLine, sections, maxField);
		check(sectionChars > maxRecord, Limit.SECTION, sectionLine, sections, maxRecord);
	}

	private static void check(boolean exceeded, Limit limit, long at, long section, long max) throws LimitExceeded {
		if (exceeded) {
			throw new LimitExceeded(limit, at, section, max);
		}
	}
}
