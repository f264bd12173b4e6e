package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.FieldAccess;
import org.rapport.platform.security.FieldSecurity;
import org.rapport.platform.security.RecordType;
import org.rapport.platform.security.RecordTypes;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Roles;
import org.rapport.platform.security.SecurityContext;

/** Sensitive fields and the access of each role, in platform_sensitive_field and platform_field_access. */
@Component(service = FieldSecurity.class)
public class JdbcFieldSecurity implements FieldSecurity {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private RecordTypes types;

	@Reference
	private AuditLog audit;

	@Reference
	private Roles roles;

	@Override
	public Map<String, FieldAccess> access(String recordType) {
		Set<String> sensitive = sensitiveFields(recordType);
		if (sensitive.isEmpty()) {
			return Map.of();
		}
		Set<Role> mine = security.currentUser().roles();
		// The access set per role and field, read once for every field of the type.
		Map<String, Map<Role, FieldAccess>> set = new HashMap<>();
		database.jdbc().query("SELECT field, role_name, access FROM platform_field_access WHERE record_type = ?",
				List.of(recordType), rs -> set.computeIfAbsent(rs.getString(1), f -> new HashMap<>())
						.put(Role.valueOf(rs.getString(2)), FieldAccess.valueOf(rs.getString(3))));
		Map<String, FieldAccess> access = new HashMap<>();
		for (String field : sensitive) {
			FieldAccess best = FieldAccess.HIDDEN;
			for (Role role : mine) {
				FieldAccess granted = role.equals(Role.ADMINISTRATOR) ? FieldAccess.EDIT
						: set.getOrDefault(field, Map.of()).getOrDefault(role, standard(role));
				if (granted.ordinal() < best.ordinal()) {
					best = granted;
				}
			}
			access.put(field, best);
		}
		return access;
	}

	@Override
	public Set<String> sensitiveFields(String recordType) {
		Set<String> fields = new TreeSet<>(types.type(recordType).map(RecordType::sensitiveFields).orElse(List.of()));
		fields.addAll(database.jdbc().query("SELECT field FROM platform_sensitive_field WHERE record_type = ?",
				List.of(recordType), rs -> rs.getString(1)));
		return fields;
	}

	@Override
	public Map<Role, FieldAccess> accessByRole(String recordType, String field) {
		Map<Role, FieldAccess> byRole = new TreeMap<>();
		for (Role role : roles.all()) {
			byRole.put(role, standard(role));
		}
		database.jdbc().query("SELECT role_name, access FROM platform_field_access WHERE record_type = ? AND field = ?",
				List.of(recordType, field), rs -> byRole.put(Role.valueOf(rs.getString(1)),
						FieldAccess.valueOf(rs.getString(2))));
		// Nobody can hide a field from the administrators who set its access.
		byRole.put(Role.ADMINISTRATOR, FieldAccess.EDIT);
		return byRole;
	}

	@Override
	public void markSensitive(String recordType, String field, boolean sensitive) {
		administer(recordType);
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM platform_sensitive_field WHERE record_type = ? AND field = ?", recordType, field);
			if (sensitive) {
				Rows.update(c, "INSERT INTO platform_sensitive_field (record_type, field) VALUES (?, ?)", recordType,
						field);
			}
			audit.record(c, "platform.field", recordType + "." + field, "sensitive", null, String.valueOf(sensitive));
			grantColumns(c, recordType);
		});
	}

	@Override
	public void setAccess(String recordType, String field, Role role, FieldAccess access) {
		administer(recordType);
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM platform_field_access WHERE record_type = ? AND field = ? AND role_name = ?",
					recordType, field, role.name());
			Rows.update(c, "INSERT INTO platform_field_access (record_type, field, role_name, access) VALUES (?, ?, ?, ?)",
					recordType, field, role.name(), access.name());
			audit.record(c, "platform.field", recordType + "." + field, role.name(), null, access.name());
			grantColumns(c, recordType);
		});
	}

	/** Administrators and managers edit, analysts read, everyone else sees a mask. */
	static FieldAccess standard(Role role) {
		if (role.equals(Role.ADMINISTRATOR) || role.manages()) {
			return FieldAccess.EDIT;
		}
		return role.equals(Role.ANALYST) ? FieldAccess.READ_ONLY : FieldAccess.HIDDEN;
	}

	/** On the server the column privileges follow at once, in the same transaction. */
	private void grantColumns(Connection c, String recordType) throws SQLException {
		if (database.info().kind() == DatabaseKind.POSTGRESQL) {
			new ColumnGrants(new ServerSecurity(database.settings().name(), roles.all())).install(c,
					types.type(recordType).orElseThrow());
		}
	}

	private void administer(String recordType) {
		security.checkPermitted(Directory.MODULE, Action.ADMINISTER);
		if (types.type(recordType).isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Sharing_unknownType, recordType));
		}
		ServerLogins.requireAdministrator(database);
	}
}
