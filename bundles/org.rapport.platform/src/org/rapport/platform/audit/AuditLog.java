package org.rapport.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The append-only log of every change to a customer-facing record. Entries are never updated or deleted (on PostgreSQL
 * people may only insert them), and each is chained to the one before by a SHA-256 hash.
 */
public interface AuditLog {

	/**
	 * Appends one change by the signed-in user, stamped now, inside the caller's transaction: the entry commits with
	 * the change it describes, or neither does.
	 */
	void record(Connection transaction, String entityType, String entityId, String field, String oldValue,
			String newValue) throws SQLException;

	/** The changes of one record, oldest first. */
	List<AuditEntry> history(String entityType, String entityId);

	/**
	 * The newest changes, newest first, narrowed to a user's and a day's when given (null for any). Administrators
	 * only.
	 *
	 * @param limit at most this many
	 */
	List<AuditEntry> recent(String user, java.time.LocalDate day, int limit);

	/**
	 * Recomputes the hash chain: every entry carries a hash of its content and of the entry before it, so an entry
	 * altered, removed or inserted afterwards breaks the chain at that place. Administrators only.
	 */
	AuditCheck verify();
}
