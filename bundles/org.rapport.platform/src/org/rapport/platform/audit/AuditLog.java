package org.rapport.platform.audit;

import java.util.List;

/** The append-only log of every change to a customer-facing record. Entries are never updated or deleted. */
public interface AuditLog {

	/** Appends one change by the signed-in user, stamped now. */
	void record(String entityType, String entityId, String field, String oldValue, String newValue);

	/** The changes of one record, oldest first. */
	List<AuditEntry> history(String entityType, String entityId);
}
