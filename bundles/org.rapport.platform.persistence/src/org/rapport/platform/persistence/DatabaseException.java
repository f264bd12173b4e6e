package org.rapport.platform.persistence;

/** The database could not be opened, backed up or restored. The message says what happened and what to do. */
public class DatabaseException extends Exception {

	private static final long serialVersionUID = 1L;

	public DatabaseException(String message, Throwable cause) {
		super(message, cause);
	}

	public DatabaseException(String message) {
		super(message);
	}
}
