package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.RecordType;
import org.rapport.platform.security.Role;

/**
 * What PostgreSQL itself enforces, so that a person who connects with their own login outside Rapport sees and
 * changes no more than Rapport lets them: one group role per installation (its people), one per Rapport role, table
 * privileges (the directory, sharing and migrations read-only, the audit log insert-only), and a row-level security
 * policy on every declared record type keyed on {@code current_user}. Installed by the installation's administrator
 * (the database owner, who is not bound by the policies) each time it opens the database.
 */
final class ServerSecurity {

	/** Tables people read but only the installation's administrator changes. */
	private static final List<String> ADMINISTERED = List.of("platform_user", "platform_team", "platform_team_member",
			"platform_record_sharing", "platform_sensitive_field", "platform_field_access", "databasechangelog",
			"databasechangeloglock");

	private final String database;
	private final List<Role> roles;

	/**
	 * @param database the database's name, which prefixes its group roles (logins are shared by the server)
	 * @param roles    every role the installed modules declare: each has a group role
	 */
	ServerSecurity(String database, List<Role> roles) {
		this.database = database;
		this.roles = List.copyOf(roles);
	}

	/** The group role every person of this installation belongs to. */
	String people() {
		return database + "_users";
	}

	/** Every role the installed modules declare. */
	List<Role> roles() {
		return roles;
	}

	/** The group role of a Rapport role in this installation. */
	String group(Role role) {
		return database + "_" + role.name().toLowerCase(Locale.ROOT);
	}

	/** Whether the session belongs to the installation's administrator: the owner of the database. */
	static boolean isAdministrator(Connection c) throws SQLException {
		return Rows.first(c, "SELECT pg_get_userbyid(datdba) = current_user FROM pg_database"
				+ " WHERE datname = current_database()", List.of(), rs -> rs.getBoolean(1)).orElse(false);
	}

	/** Creates the group roles, grants and policies anew (after migrations, which may add tables). */
	void install(Connection c, List<RecordType> types) throws SQLException {
		String schema = Rows.first(c, "SELECT current_schema()", List.of(), rs -> rs.getString(1)).orElseThrow();
		createGroup(c, people());
		for (Role role : roles) {
			createGroup(c, group(role));
		}
		String people = quote(people());
		execute(c, "REVOKE ALL ON DATABASE " + quote(database) + " FROM PUBLIC");
		execute(c, "GRANT CONNECT, TEMPORARY ON DATABASE " + quote(database) + " TO " + people);
		execute(c, "GRANT USAGE ON SCHEMA " + quote(schema) + " TO " + people);
		execute(c, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + quote(schema) + " TO " + people);
		execute(c, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quote(schema) + " TO " + people);
		execute(c, "REVOKE INSERT, UPDATE, DELETE ON " + String.join(", ", ADMINISTERED) + " FROM " + people);
		execute(c, "REVOKE UPDATE, DELETE ON platform_audit_log FROM " + people);
		installFunctions(c, schema, people);
		for (RecordType type : types) {
			if (tableExists(c, type.table())) {
				new ColumnGrants(this).install(c, type);
				execute(c, "ALTER TABLE " + type.table() + " ENABLE ROW LEVEL SECURITY");
				execute(c, "DROP POLICY IF EXISTS rapport_visible ON " + type.table());
				// Both sub-selects run once per statement (an InitPlan and a hashed SubPlan), not once per row.
				// An approver outside the owner's team still sees what awaits their decision, and what they decided.
				String approvals = type.approver() == null ? ""
						: " OR id IN (SELECT rapport_awaiting_me(" + literal(type.id()) + "))";
				execute(c, "CREATE POLICY rapport_visible ON " + type.table() + " TO " + people + " USING ((SELECT"
						+ " rapport_sees_all(" + literal(type.id()) + ")) OR " + type.ownerColumn()
						+ " IN (SELECT rapport_visible_owners(" + literal(type.id()) + "))" + approvals + ")");
				for (RecordType.Part part : type.parts()) {
					if (tableExists(c, part.table())) {
						// The record's (or the other part's) own policy applies inside the sub-select: a part is seen with its record.
						execute(c, "ALTER TABLE " + part.table() + " ENABLE ROW LEVEL SECURITY");
						execute(c, "DROP POLICY IF EXISTS rapport_visible ON " + part.table());
						String of = part.of() == null ? type.table() : part.of();
						execute(c, "CREATE POLICY rapport_visible ON " + part.table() + " TO " + people + " USING (EXISTS"
								+ " (SELECT 1 FROM " + of + " r WHERE r.id = " + part.table() + "."
								+ part.recordColumn() + "))");
					}
				}
			}
		}
	}

	private void installFunctions(Connection c, String schema, String people) throws SQLException {
		// PL/pgSQL, not SQL: its plans are kept for the session, where a SQL function in a policy is planned again for
		// every statement (measured: the board's queries took twice as long).
		execute(c, "CREATE OR REPLACE FUNCTION rapport_sees_all(record_type VARCHAR) RETURNS BOOLEAN LANGUAGE plpgsql"
				+ " STABLE AS $$ BEGIN RETURN EXISTS (SELECT 1 FROM platform_user u WHERE u.login = current_user"
				+ " AND NOT u.disabled AND (',' || u.roles || ',') LIKE '%,ADMINISTRATOR,%') OR EXISTS (SELECT 1 FROM"
				+ " platform_record_sharing s WHERE s.record_type = $1 AND s.sharing = 'EVERYONE'); END $$");
		// The same rule as JdbcRecordVisibility: self; the teams' members for managers and for TEAM or DEPARTMENT
		// sharing; the department's people for DEPARTMENT sharing.
		execute(c, "CREATE OR REPLACE FUNCTION rapport_visible_owners(record_type VARCHAR) RETURNS SETOF VARCHAR"
				+ " LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN QUERY SELECT CAST(current_user AS VARCHAR)"
				+ " UNION SELECT them.login FROM platform_team_member me"
				+ " JOIN platform_team_member them ON them.team_name = me.team_name"
				+ " JOIN platform_user u ON u.login = me.login WHERE me.login = current_user AND NOT u.disabled"
				+ " AND (u.roles LIKE '%MANAGER%' OR EXISTS (SELECT 1 FROM platform_record_sharing s"
				+ " WHERE s.record_type = $1 AND s.sharing IN ('TEAM', 'DEPARTMENT')))"
				+ " UNION SELECT o.login FROM platform_user me JOIN platform_user o ON o.department = me.department"
				+ " WHERE me.login = current_user AND NOT me.disabled AND EXISTS (SELECT 1 FROM platform_record_sharing s"
				+ " WHERE s.record_type = $1 AND s.sharing = 'DEPARTMENT'); END $$");
		// The records of a type (module.entity) whose approval awaits one of the person's roles, or that they decided.
		execute(c, "CREATE OR REPLACE FUNCTION rapport_awaiting_me(record_type VARCHAR) RETURNS SETOF BIGINT"
				+ " LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN QUERY SELECT a.record_id FROM platform_approval a"
				+ " JOIN platform_user u ON u.login = current_user AND NOT u.disabled"
				+ " WHERE a.module || '.' || a.entity = $1 AND (a.decided_by = current_user OR a.state = 'PENDING'"
				+ " AND a.requested_by <> current_user AND (',' || u.roles || ',') LIKE '%,' || a.approver_role || ',%');"
				+ " END $$");
		// A person may not write the directory, but after changing their password ends its one-time mark and the
		// week it was valid (ALTER ROLE ... VALID UNTIL takes the owner's CREATEROLE).
		execute(c, "CREATE OR REPLACE FUNCTION rapport_password_changed() RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER"
				+ " SET search_path = " + quote(schema) + " AS $$ BEGIN"
				+ " IF EXISTS (SELECT 1 FROM platform_user WHERE login = session_user AND password_change_required) THEN"
				+ " UPDATE platform_user SET password_change_required = FALSE WHERE login = session_user;"
				+ " EXECUTE format('ALTER ROLE %I VALID UNTIL %L', session_user, 'infinity'); END IF; END $$");
		execute(c, "REVOKE ALL ON FUNCTION rapport_password_changed() FROM PUBLIC");
		execute(c, "GRANT EXECUTE ON FUNCTION rapport_password_changed() TO " + people);
	}

	/**
	 * Makes the login one of this installation's people with exactly the groups of its roles; a new login is created
	 * without a password (see {@link #setPassword}).
	 *
	 * @throws IllegalStateException when the server has a login of that name that is not one of this installation's
	 *                               people (another installation's owner, a DBA): it is never taken over
	 */
	void admit(Connection c, String login, Set<Role> held) throws SQLException {
		if (isOwner(c, login)) {
			// The installation's administrator owns everything already; its roles are Rapport's only.
			return;
		}
		if (!roleExists(c, login)) {
			execute(c, "CREATE ROLE " + quote(login) + " LOGIN");
		} else if (!memberOfPeople(c, login)) {
			throw new IllegalStateException(login);
		} else {
			execute(c, "ALTER ROLE " + quote(login) + " LOGIN");
		}
		execute(c, "GRANT " + quote(people()) + " TO " + quote(login));
		for (Role role : roles) {
			execute(c, (held.contains(role) ? "GRANT " : "REVOKE ") + quote(group(role))
					+ (held.contains(role) ? " TO " : " FROM ") + quote(login));
		}
	}

	/** Whether the login is one of this installation's people on the server. */
	boolean memberOfPeople(Connection c, String login) throws SQLException {
		return Rows.first(c, "SELECT pg_has_role(?, ?, 'MEMBER')", List.of(login, people()), rs -> rs.getBoolean(1))
				.orElse(false);
	}

	/**
	 * Stops a login at once: it can no longer connect, and its open sessions lose every privilege with the group
	 * (privileges are checked at each statement); the sessions are ended too where the server allows it.
	 */
	void disable(Connection c, String login) throws SQLException {
		if (!roleExists(c, login) || isOwner(c, login)) {
			return;
		}
		execute(c, "ALTER ROLE " + quote(login) + " NOLOGIN");
		execute(c, "REVOKE " + quote(people()) + " FROM " + quote(login));
		for (Role role : roles) {
			execute(c, "REVOKE " + quote(group(role)) + " FROM " + quote(login));
		}
	}

	/** Sets a password, sent as a SCRAM-SHA-256 verifier (the server never sees it in clear), valid until a time. */
	static void setPassword(Connection c, String login, char[] password, java.time.Instant validUntil)
			throws SQLException {
		c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(login, password, "scram-sha-256");
		execute(c, "ALTER ROLE " + quote(login) + " VALID UNTIL "
				+ (validUntil == null ? "'infinity'" : literal(validUntil.toString())));
	}

	private static boolean isOwner(Connection c, String login) throws SQLException {
		return Rows.first(c, "SELECT pg_get_userbyid(datdba) = ? FROM pg_database WHERE datname = current_database()",
				List.of(login), rs -> rs.getBoolean(1)).orElse(false);
	}

	private static boolean roleExists(Connection c, String name) throws SQLException {
		return Rows.first(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", List.of(name), rs -> true).isPresent();
	}

	private static boolean tableExists(Connection c, String table) throws SQLException {
		return Rows.first(c, "SELECT to_regclass(?) IS NOT NULL", List.of(table), rs -> rs.getBoolean(1)).orElse(false);
	}

	private static void createGroup(Connection c, String name) throws SQLException {
		if (!roleExists(c, name)) {
			execute(c, "CREATE ROLE " + quote(name) + " NOLOGIN");
		}
	}

	static void execute(Connection c, String sql) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.execute(sql);
		}
	}

	/** A quoted identifier; logins are checked to letters, digits and . _ @ - before they get here. */
	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}
}
