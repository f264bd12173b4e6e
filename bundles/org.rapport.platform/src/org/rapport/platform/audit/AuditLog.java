package org.rapport.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The append-only log of every change to a customer-facing record. Entries are never updated or deleted. */
public interface AuditLog {

	/**
	 * Appends one change by the signed-in user, stamped now, inside the caller's transaction: the entry commits with
	 * the change it describes, or neither does.
	 */
	void record(Connection transaction, String entityType, String entityId, String field, String oldValue,
			String newValue) throws SQLException;

	/** The changes of one record, oldest first. */
	List<AuditEntry> history(String entityType, String entityId);
}
