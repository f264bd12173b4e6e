package org.rapport.contacts.engagement.internal.ics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One content line of an iCalendar file, {@code NAME;PARAM=value:value}, unfolded.
 *
 * @param line   the number of the line it starts on
 * @param name   the property name, upper case
 * @param params its parameters by upper-case name, each with its first value, quotes taken off
 * @param value  the value as written (escapes kept), or null for a property passed over
 * @param text   the line as written, for a line that is no property at all; null otherwise
 */
record ContentLine(int line, String name, Map<String, String> params, String value, String text) {

	/** The longest part of a broken line repeated in a report. */
	private static final int QUOTED = 60;

	/** Whether the line is a property at all ({@code NAME:value}). */
	boolean wellFormed() {
		return text == null;
	}

	/** A kept line, read into name, parameters and value. */
	static ContentLine parse(int line, String written) {
		int i = 0;
		while (i < written.length() && written.charAt(i) != ';' && written.charAt(i) != ':') {
			i++;
		}
		String name = written.substring(0, i).toUpperCase(Locale.ROOT);
		if (i == written.length() || !name.matches("[A-Z0-9-]+")) {
			return broken(line, written);
		}
		Map<String, String> params = new LinkedHashMap<>();
		while (written.charAt(i) == ';') {
			int equals = written.indexOf('=', i);
			if (equals < 0) {
				return broken(line, written);
			}
			String param = written.substring(i + 1, equals).toUpperCase(Locale.ROOT);
			StringBuilder value = new StringBuilder();
			boolean quoted = false;
			boolean first = true;
			i = equals + 1;
			for (; i < written.length(); i++) {
				char c = written.charAt(i);
				if (c == '"') {
					quoted = !quoted;
				} else if (!quoted && (c == ';' || c == ':')) {
					break;
				} else if (!quoted && c == ',') {
					// Further values of a parameter are not used.
					first = false;
				} else if (first) {
					value.append(c);
				}
			}
			if (i == written.length()) {
				return broken(line, written);
			}
			params.putIfAbsent(param, value.toString());
		}
		return new ContentLine(line, name, params, written.substring(i + 1), null);
	}

	/** A property that is not kept: its name only. */
	static ContentLine passedOver(int line, String name, String firstLine) {
		boolean property = firstLine.indexOf(':') > 0 || firstLine.indexOf(';') > 0;
		return property && name.matches("[A-Z0-9-]+") ? new ContentLine(line, name, Map.of(), null, null)
				: broken(line, firstLine);
	}

	private static ContentLine broken(int line, String written) {
		String shown = written.length() > QUOTED ? written.substring(0, QUOTED) + "\u2026" : written;
		return new ContentLine(line, "", Map.of(), null, shown);
	}

	/** The value as text: the escapes of RFC 5545 ({@code \, \; \\ \n}) read, line breaks as spaces. */
	String textValue() {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				out.append(next == 'n' || next == 'N' ? ' ' : next);
			} else {
				out.append(c);
			}
		}
		return out.toString().strip();
	}
}
