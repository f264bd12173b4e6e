package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.SecurityContext;

/** The audit log in table platform_audit_log: inserts and reads only. */
@Component(service = AuditLog.class)
public class JdbcAuditLog implements AuditLog {

	private static final int MAX_VALUE = 4000;

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Override
	public void record(Connection transaction, String entityType, String entityId, String field, String oldValue,
			String newValue) throws SQLException {
		String sql = "INSERT INTO platform_audit_log (id, changed_at, user_login, entity_type, entity_id, field,"
				+ " old_value, new_value) VALUES (" + database.jdbc().dialect().nextValue("platform_audit_seq")
				+ ", ?, ?, ?, ?, ?, ?, ?)";
		Rows.update(transaction, sql, Instant.now(), security.currentLogin(), entityType, entityId, field,
				clip(oldValue), clip(newValue));
	}

	@Override
	public List<AuditEntry> history(String entityType, String entityId) {
		String sql = "SELECT changed_at, user_login, field, old_value, new_value FROM platform_audit_log"
				+ " WHERE entity_type = ? AND entity_id = ? ORDER BY id";
		return database.jdbc().query(sql, List.of(entityType, entityId), rs -> new AuditEntry(Rows.instant(rs, 1),
				rs.getString(2), entityType, entityId, rs.getString(3), rs.getString(4), rs.getString(5)));
	}

	private static String clip(String value) {
		return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "\u2026";
	}
}
