package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.FieldAccess;
import org.rapport.platform.security.RecordType;
import org.rapport.platform.security.Role;

/**
 * Column privileges for a record type's sensitive fields on PostgreSQL, so that a client going around Rapport reads
 * and changes no more than Rapport's field security shows: everyone gets the other columns; a sensitive column is
 * readable by the group of each role with read-only or edit access and writable by those with edit access. A person
 * holding several roles gets the best of them, as in {@link JdbcFieldSecurity#access(String)}.
 */
final class ColumnGrants {

	private final ServerSecurity server;

	ColumnGrants(ServerSecurity server) {
		this.server = server;
	}

	/** Grants the type's table anew, by column when it has sensitive columns (the caller owns the table). */
	void install(Connection c, RecordType type) throws SQLException {
		String table = type.table().toLowerCase(Locale.ROOT);
		Set<String> columns = new TreeSet<>(Rows.query(c, "SELECT column_name FROM information_schema.columns"
				+ " WHERE table_schema = current_schema() AND table_name = ?", List.of(table), rs -> rs.getString(1)));
		Set<String> sensitive = new TreeSet<>();
		type.sensitiveFields().forEach(f -> sensitive.add(f.toLowerCase(Locale.ROOT)));
		Rows.query(c, "SELECT field FROM platform_sensitive_field WHERE record_type = ?", List.of(type.id()),
				rs -> sensitive.add(rs.getString(1).toLowerCase(Locale.ROOT)));
		// Sensitive custom fields are values in rows, not columns: field security in the services covers them.
		sensitive.retainAll(columns);
		String people = ServerSecurity.quote(server.people());
		if (sensitive.isEmpty()) {
			ServerSecurity.execute(c, "GRANT SELECT, INSERT, UPDATE ON " + table + " TO " + people);
			return;
		}
		// Revoking the table's privilege revokes its column privileges too: the grants below are the whole set.
		ServerSecurity.execute(c, "REVOKE SELECT, INSERT, UPDATE ON " + table + " FROM " + people);
		for (Role role : server.roles()) {
			ServerSecurity.execute(c, "REVOKE SELECT, INSERT, UPDATE ON " + table + " FROM "
					+ ServerSecurity.quote(server.group(role)));
		}
		List<String> open = new ArrayList<>(columns);
		open.removeAll(sensitive);
		String list = quoted(open);
		ServerSecurity.execute(c, "GRANT SELECT (" + list + "), INSERT (" + list + "), UPDATE (" + list + ") ON "
				+ table + " TO " + people);
		Map<String, Map<Role, FieldAccess>> set = new HashMap<>();
		Rows.query(c, "SELECT field, role_name, access FROM platform_field_access WHERE record_type = ?",
				List.of(type.id()), rs -> set.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT),
						f -> new HashMap<>()).put(Role.valueOf(rs.getString(2)), FieldAccess.valueOf(rs.getString(3))));
		for (String column : sensitive) {
			String col = ServerSecurity.quote(column);
			for (Role role : server.roles()) {
				FieldAccess access = role.equals(Role.ADMINISTRATOR) ? FieldAccess.EDIT
						: set.getOrDefault(column, Map.of()).getOrDefault(role, JdbcFieldSecurity.standard(role));
				String group = ServerSecurity.quote(server.group(role));
				if (access == FieldAccess.EDIT) {
					ServerSecurity.execute(c, "GRANT SELECT (" + col + "), INSERT (" + col + "), UPDATE (" + col
							+ ") ON " + table + " TO " + group);
				} else if (access == FieldAccess.READ_ONLY) {
					ServerSecurity.execute(c, "GRANT SELECT (" + col + ") ON " + table + " TO " + group);
				}
			}
		}
	}

	private static String quoted(List<String> columns) {
		List<String> quoted = new ArrayList<>();
		columns.forEach(column -> quoted.add(ServerSecurity.quote(column)));
		return String.join(", ", quoted);
	}
}
