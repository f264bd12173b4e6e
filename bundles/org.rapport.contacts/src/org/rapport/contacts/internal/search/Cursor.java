package org.rapport.contacts.internal.search;

import org.rapport.contacts.CustomerSummary;

/**
 * Where a filtered page ended: the search key, its value on the last line and that line's id.
 *
 * @param key   index of the search key
 * @param value the key's value on the last line, or null to start at the key's beginning
 * @param id    the last line's id
 */
record Cursor(int key, String value, long id) {

	private static final char SEPARATOR = '\u0001';

	static Cursor parse(CustomerSummary after) {
		if (after == null || after.cursor() == null) {
			return new Cursor(0, null, 0);
		}
		String text = after.cursor();
		int first = text.indexOf(SEPARATOR);
		int last = text.lastIndexOf(SEPARATOR);
		return new Cursor(Integer.parseInt(text.substring(0, first)), text.substring(first + 1, last),
				Long.parseLong(text.substring(last + 1)));
	}

	@Override
	public String toString() {
		return key + String.valueOf(SEPARATOR) + value + SEPARATOR + id;
	}
}
