package org.rapport.contacts.tests;

import java.io.Reader;

/**
 * Text made as it is read, never held whole: a beginning, then a piece repeated up to a length (gigabytes, if asked),
 * so that a test can offer a file larger than memory without writing it to disk. Counts what was read.
 */
final class GeneratedText extends Reader {

	private final String start;
	private final String piece;
	private final long length;
	private long position;

	/**
	 * @param start  the text's beginning
	 * @param piece  what follows, repeated
	 * @param length the whole text's length in characters
	 */
	GeneratedText(String start, String piece, long length) {
		this.start = start;
		this.piece = piece;
		this.length = length;
	}

	/** Characters read so far. */
	long served() {
		return position;
	}

	@Override
	public int read(char[] buffer, int offset, int count) {
		if (position >= length) {
			return -1;
		}
		int n = (int) Math.min(count, length - position);
		for (int i = 0; i < n; i++, position++) {
			buffer[offset + i] = position < start.length() ? start.charAt((int) position)
					: piece.charAt((int) ((position - start.length()) % piece.length()));
		}
		return n;
	}

	@Override
	public void close() {
		// nothing held
	}
}
