package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.Jdbc;

/**
 * Who the first connection says the session is. On PostgreSQL the identity is the server's {@code current_user},
 * never a setting or a JVM property; the installation's administrator is the database's owner. On the embedded
 * database the one person using it administers it.
 *
 * @param login         the session's database user (on the embedded database the configured one)
 * @param database      the database's name on the server
 * @param product       product and version, as the driver reports them
 * @param administrator whether the session may migrate and manage people
 */
record Session(String login, String database, String product, boolean administrator) {

	static Session of(DataSource dataSource, DatabaseSettings settings) throws DatabaseException {
		try (Connection c = dataSource.getConnection()) {
			DatabaseMetaData meta = c.getMetaData();
			String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
			if (settings.kind() != DatabaseKind.POSTGRESQL) {
				return new Session(settings.user(), settings.name(), product, true);
			}
			String[] who = org.rapport.platform.persistence.Rows.first(c,
					"SELECT current_user, current_database()", List.of(),
					rs -> new String[] { rs.getString(1), rs.getString(2) }).orElseThrow();
			return new Session(who[0], who[1], product, ServerSecurity.isAdministrator(c));
		} catch (SQLException e) {
			throw new DatabaseException(ConnectionProblem.describe(settings, e), e);
		}
	}

	/** Whether the person signed in with a one-time password they must replace before working. */
	boolean passwordChangeRequired(Jdbc jdbc) {
		return jdbc.first("SELECT password_change_required FROM platform_user WHERE login = ?", List.of(login),
				rs -> rs.getBoolean(1)).orElse(false);
	}
}
