package org.rapport.platform.persistence;

import java.sql.SQLException;

import org.rapport.platform.persistence.internal.DatabaseErrors;

/**
 * The database could not do what was asked: open, back up, restore, or a read or change refused by the database. The
 * message says what happened and what to do, in the user's language; {@link #sqlState()} keeps the database's code.
 * Unchecked, so that a service's callers (workbench, headless, a vendor's module) show it like any other refusal.
 */
public class DatabaseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String sqlState;

	public DatabaseException(String message, Throwable cause) {
		super(message, cause);
		this.sqlState = cause instanceof SQLException sql ? sql.getSQLState() : null;
	}

	public DatabaseException(String message) {
		super(message);
		this.sqlState = null;
	}

	/** The SQLSTATE of the database's error, or null when the failure did not come from the database. */
	public String sqlState() {
		return sqlState;
	}

	/**
	 * The one translation of a database error into a message a user can read (a duplicate, a missing reference, a
	 * value too long, a lock, a lost connection, a refused permission), for every module.
	 */
	public static DatabaseException of(SQLException e) {
		return DatabaseErrors.translate(e);
	}
}
