package org.rapport.contacts.internal.io;

/**
 * A contact file that cannot be imported at all, such as one with a value, row or card too large to read; the
 * message names the file and the line. Nothing of it is imported.
 */
public final class ContactFileRefused extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public ContactFileRefused(String message, Throwable cause) {
		super(message, cause);
	}
}
