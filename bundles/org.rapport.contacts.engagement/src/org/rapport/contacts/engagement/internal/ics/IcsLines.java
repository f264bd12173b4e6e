package org.rapport.contacts.engagement.internal.ics;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.engagement.internal.Messages;

/**
 * The content lines of an iCalendar file as they come, unfolded (a line starting with a space or tab continues the
 * one before), each with the number of the line it starts on. Nothing is read ahead but one line, so a file of any
 * size is read in little memory; what could make one line take all of it is refused with its line number: a line
 * longer than {@link #LONGEST_LINE} characters (a file without line breaks is one such line), or a property Rapport
 * keeps longer than {@link #LONGEST_VALUE} once unfolded. Properties Rapport does not keep (attachments, HTML
 * descriptions) are passed over without being held, whatever their length.
 */
final class IcsLines {

	/** The longest physical line; RFC 5545 folds at 75 octets, programs that do not fold write a few thousand. */
	static final int LONGEST_LINE = 100_000;
	/** The longest property that is kept, unfolded. */
	static final int LONGEST_VALUE = 100_000;

	/** The properties whose values are read; of all others only the name is. */
	private static final Set<String> KEPT = Set.of("BEGIN", "END", "UID", "SUMMARY", "LOCATION", "DTSTART", "DTEND",
			"DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "STATUS");

	private final Reader in;
	private final String file;
	private final char[] buffer = new char[8192];
	private int filled;
	private int at;
	private boolean ended;
	/** A carriage return ended the last line: a line feed right after it belongs to it. */
	private boolean afterReturn;
	private long characters;
	private int lineNumber;
	/** The physical line read ahead (to see whether it continues the one before), or null. */
	private String ahead;
	private int aheadNumber;
	/** Reading past this many characters is refused with {@link #beyond} (an event's limit). */
	private long boundary = Long.MAX_VALUE;
	private String beyond;

	IcsLines(Reader in, String file) {
		this.in = in;
		this.file = file;
	}

	/** The next content line, or null at the end of the file. */
	ContentLine next() throws IOException {
		String first = ahead != null ? ahead : physical();
		int number = ahead != null ? aheadNumber : lineNumber;
		ahead = null;
		while (first != null && first.isBlank()) {
			first = physical();
			number = lineNumber;
		}
		if (first == null) {
			return null;
		}
		String name = name(first);
		boolean kept = KEPT.contains(name);
		StringBuilder unfolded = kept ? new StringBuilder(first) : null;
		String next;
		while ((next = physical()) != null && !next.isEmpty() && (next.charAt(0) == ' ' || next.charAt(0) == '\t')) {
			if (kept) {
				if (unfolded.length() + next.length() - 1 > LONGEST_VALUE) {
					throw refusal(NLS.bind(Messages.Ics_valueTooLong,
							new Object[] { file, number, name, LONGEST_VALUE }));
				}
				unfolded.append(next, 1, next.length());
			}
		}
		ahead = next;
		aheadNumber = lineNumber;
		return kept ? ContentLine.parse(number, unfolded.toString()) : ContentLine.passedOver(number, name, first);
	}

	/** Characters read so far, lines passed over included. */
	long characters() {
		return characters;
	}

	/**
	 * Refuses the file with this message as soon as more than {@code most} further characters are read, even in the
	 * middle of a property passed over; until {@link #unbound()}.
	 */
	void bound(long most, String refusal) {
		boundary = characters + most;
		beyond = refusal;
	}

	void unbound() {
		boundary = Long.MAX_VALUE;
	}

	/** The refusal of the whole file, with the message naming file and line. */
	IllegalArgumentException refusal(String message) {
		return new IllegalArgumentException(message);
	}

	String file() {
		return file;
	}

	/** The property name of a line: up to the first ';' or ':', upper case. */
	private static String name(String line) {
		int end = 0;
		while (end < line.length() && line.charAt(end) != ';' && line.charAt(end) != ':') {
			end++;
		}
		return line.substring(0, end).strip().toUpperCase(Locale.ROOT);
	}

	/** The next physical line without its line break, or null at the end of the file. */
	private String physical() throws IOException {
		if (ended) {
			return null;
		}
		StringBuilder line = new StringBuilder();
		int number = lineNumber + 1;
		while (true) {
			if (at == filled && !fill()) {
				ended = true;
				if (line.length() == 0) {
					return null;
				}
				lineNumber = number;
				return line.toString();
			}
			char c = buffer[at++];
			if (++characters > boundary) {
				throw refusal(beyond);
			}
			if (c == '\n' && afterReturn) {
				afterReturn = false;
				continue;
			}
			afterReturn = c == '\r';
			if (c == '\r' || c == '\n') {
				lineNumber = number;
				return line.toString();
			}
			if (line.length() == LONGEST_LINE) {
				throw refusal(NLS.bind(Messages.Ics_lineTooLong, new Object[] { file, number, LONGEST_LINE }));
			}
			// A byte order mark is no part of the first line.
			if (c != '\uFEFF' || characters > 1) {
				line.append(c);
			}
		}
	}

	private boolean fill() throws IOException {
		int n = in.read(buffer);
		while (n == 0) {
			n = in.read(buffer);
		}
		if (n < 0) {
			return false;
		}
		filled = n;
		at = 0;
		return true;
	}
}
