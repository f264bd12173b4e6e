package org.rapport.contacts.internal.io;

import java.util.Iterator;

/** The rows of a contact file, read one at a time so that a file of any size needs the memory of one row. */
public interface ContactRows extends Iterator<ImportRow>, AutoCloseable {

	/**
	 * What a row's number counts: {@code line} (CSV) or {@code card} (vCard), as the rejects and warnings files head
	 * that column.
	 */
	String numbering();

	@Override
	void close() throws java.io.IOException;
}
