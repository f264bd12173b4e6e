package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.audit.AuditCheck;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

/** The audit log in table platform_audit_log: inserts and reads only. */
@Component(service = AuditLog.class)
public class JdbcAuditLog implements AuditLog {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Override
	public void record(Connection transaction, String entityType, String entityId, String field, String oldValue,
			String newValue) throws SQLException {
		AuditChain.append(transaction, database.jdbc().dialect(), security.currentLogin(), entityType, entityId, field,
				oldValue, newValue);
	}

	@Override
	public List<AuditEntry> history(String entityType, String entityId) {
		String sql = "SELECT changed_at, user_login, field, old_value, new_value FROM platform_audit_log"
				+ " WHERE entity_type = ? AND entity_id = ? ORDER BY id";
		return database.jdbc().query(sql, List.of(entityType, entityId), rs -> new AuditEntry(Rows.instant(rs, 1),
				rs.getString(2), entityType, entityId, rs.getString(3), rs.getString(4), rs.getString(5)));
	}

	@Override
	public List<AuditEntry> recent(String user, LocalDate day, int limit) {
		// Everyone's changes across every record: for those who administer, not for every reader of one record.
		security.checkPermitted("platform", Action.ADMINISTER);
		StringBuilder sql = new StringBuilder("SELECT changed_at, user_login, entity_type, entity_id, field, old_value,"
				+ " new_value FROM platform_audit_log WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (user != null) {
			sql.append(" AND user_login = ?");
			params.add(user);
		}
		if (day != null) {
			sql.append(" AND changed_at >= ? AND changed_at < ?");
			params.add(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
			params.add(day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
		}
		sql.append(" ORDER BY changed_at DESC, id DESC FETCH FIRST ").append(Math.max(1, Math.min(limit, 10_000)))
				.append(" ROWS ONLY");
		return database.jdbc().query(sql.toString(), params, rs -> new AuditEntry(Rows.instant(rs, 1), rs.getString(2),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
	}

	@Override
	public AuditCheck verify() {
		security.checkPermitted("platform", Action.ADMINISTER);
		return database.jdbc().read(AuditChain::verify);
	}
}
