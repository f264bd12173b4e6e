package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
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
	public void record(String entityType, String entityId, String field, String oldValue, String newValue) {
		String sql = "INSERT INTO platform_audit_log (id, changed_at, user_login, entity_type, entity_id, field,"
				+ " old_value, new_value) VALUES (NEXT VALUE FOR platform_audit_seq, ?, ?, ?, ?, ?, ?, ?)";
		if (database.info().kind() == org.rapport.platform.persistence.DatabaseKind.POSTGRESQL) {
			sql = sql.replace("NEXT VALUE FOR platform_audit_seq", "nextval('platform_audit_seq')");
		}
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
			st.setTimestamp(1, Timestamp.from(Instant.now()));
			st.setString(2, security.currentUser().login());
			st.setString(3, entityType);
			st.setString(4, entityId);
			st.setString(5, field);
			st.setString(6, clip(oldValue));
			st.setString(7, clip(newValue));
			st.executeUpdate();
		} catch (SQLException e) {
			throw new IllegalStateException("Audit log not written for " + entityType + " " + entityId, e);
		}
	}

	@Override
	public List<AuditEntry> history(String entityType, String entityId) {
		String sql = "SELECT changed_at, user_login, field, old_value, new_value FROM platform_audit_log"
				+ " WHERE entity_type = ? AND entity_id = ? ORDER BY id";
		List<AuditEntry> entries = new ArrayList<>();
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
			st.setString(1, entityType);
			st.setString(2, entityId);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					entries.add(new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), entityType, entityId,
							rs.getString(3), rs.getString(4), rs.getString(5)));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException("Audit log not readable for " + entityType + " " + entityId, e);
		}
		return entries;
	}

	private static String clip(String value) {
		return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "\u2026";
	}
}
