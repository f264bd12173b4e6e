package org.rapport.platform.persistence.internal;

import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.StaleRecordException;

import jakarta.persistence.OptimisticLockException;

/**
 * The one place where a database's error becomes a message a user can read. Derby and PostgreSQL share the SQLSTATE
 * classes of the standard; where they differ (locks, permissions) both codes are named.
 */
public final class DatabaseErrors {

	private DatabaseErrors() {
	}

	public static DatabaseException translate(SQLException e) {
		return new DatabaseException(describe(state(e), MigrationRunner.rootMessage(e)), e);
	}

	/** A JPA failure: a stale version, a database error underneath, or the provider's own message. */
	public static DatabaseException translate(RuntimeException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof OptimisticLockException) {
				return new StaleRecordException(Messages.Error_stale, e);
			}
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				return translate(sql);
			}
		}
		return new DatabaseException(NLS.bind(Messages.Error_other, MigrationRunner.rootMessage(e)), e);
	}

	private static String state(SQLException e) {
		for (SQLException s = e; s != null; s = s.getNextException()) {
			if (s.getSQLState() != null) {
				return s.getSQLState();
			}
		}
		return "";
	}

	static String describe(String state, String detail) {
		switch (state) {
		case "23505":
			return NLS.bind(Messages.Error_duplicate, detail);
		case "23503":
			return NLS.bind(Messages.Error_reference, detail);
		case "23502":
			return NLS.bind(Messages.Error_missingValue, detail);
		case "22001":
			return NLS.bind(Messages.Error_tooLong, detail);
		case "40001":
		case "40P01":
			return Messages.Error_conflict;
		case "40XL1":
		case "40XL2":
		case "55P03":
			return Messages.Error_locked;
		case "57014":
			return Messages.Error_cancelled;
		case "42501":
			return NLS.bind(Messages.Error_permission, detail);
		default:
			break;
		}
		if (state.startsWith("08") || state.equals("57P01")) {
			return NLS.bind(Messages.Error_connection, detail);
		}
		if (state.startsWith("22")) {
			return NLS.bind(Messages.Error_badValue, detail);
		}
		if (state.startsWith("23")) {
			return NLS.bind(Messages.Error_constraint, detail);
		}
		return NLS.bind(Messages.Error_other, detail);
	}
}
