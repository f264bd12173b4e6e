package org.rapport.platform.audit;

import java.time.Instant;

/**
 * One change to one field of a record.
 *
 * @param at         when
 * @param user       login of who made the change
 * @param entityType e.g. {@code contacts.customer}
 * @param entityId   id of the record
 * @param field      field key; {@code *} for the record as a whole (created, deleted)
 * @param oldValue   value before, null when created
 * @param newValue   value after, null when deleted
 */
public record AuditEntry(Instant at, String user, String entityType, String entityId, String field,
		String oldValue, String newValue) {
}
