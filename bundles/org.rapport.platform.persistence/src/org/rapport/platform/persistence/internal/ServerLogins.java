package org.rapport.platform.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Roles;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** People's own logins on PostgreSQL, managed by the installation's administrator in the directory's transactions. */
final class ServerLogins {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final Duration ONE_TIME = Duration.ofDays(7);
	private static final int MIN_PASSWORD = 10;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final ServerSecurity server;

	private ServerLogins(ServerSecurity server) {
		this.server = server;
	}

	/**
	 * The logins of the open database when it is PostgreSQL, else null.
	 *
	 * @throws AccessDeniedException on PostgreSQL to anyone but the installation's administrator
	 */
	static ServerLogins of(Database database, Roles roles) {
		if (database.info().kind() != DatabaseKind.POSTGRESQL) {
			return null;
		}
		requireAdministrator(database);
		return new ServerLogins(new ServerSecurity(database.settings().name(), roles.all()));
	}

	/**
	 * On PostgreSQL only the installation's administrator changes the directory, sharing and field access (people may
	 * only read those tables).
	 *
	 * @throws AccessDeniedException to anyone else there
	 */
	static void requireAdministrator(Database database) {
		if (database.info().kind() == DatabaseKind.POSTGRESQL && !database.info().administrator()) {
			throw new AccessDeniedException(Directory.MODULE, Action.ADMINISTER,
					NLS.bind(Messages.Server_administratorOnly, database.info().user()));
		}
	}

	void admit(Connection c, String login, Set<Role> roles) throws SQLException {
		// PostgreSQL cuts names at 63 bytes, and keeps pg_ names for itself.
		if (login.getBytes(StandardCharsets.UTF_8).length > 63 || login.startsWith("pg_")) {
			throw new ValidationException(List.of(new FieldError("login", NLS.bind(Messages.Directory_badLogin, login))));
		}
		try {
			server.admit(c, login, roles);
		} catch (IllegalStateException taken) {
			throw new ValidationException(
					List.of(new FieldError("login", NLS.bind(Messages.Directory_loginTaken, login))));
		}
	}

	void disable(Connection c, String login) throws SQLException {
		server.disable(c, login);
	}

	/** A new random password of 16 letters and digits (no look-alikes), valid for a week. */
	String issuePassword(Connection c, String login) throws SQLException {
		if (!server.memberOfPeople(c, login)) {
			throw new ValidationException(
					List.of(new FieldError("login", NLS.bind(Messages.Directory_loginTaken, login))));
		}
		char[] password = new char[16];
		for (int i = 0; i < password.length; i++) {
			password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		String issued = new String(password);
		// The driver clears the array once it has sent the verifier.
		ServerSecurity.setPassword(c, login, password, Instant.now().plus(ONE_TIME));
		return issued;
	}

	/** The signed-in person's own password, replacing a one-time one (whose week of validity ends with it). */
	static void changeOwnPassword(Database database, char[] password) {
		if (password == null || password.length < MIN_PASSWORD) {
			throw new ValidationException(
					List.of(new FieldError("password", NLS.bind(Messages.Directory_shortPassword, MIN_PASSWORD))));
		}
		database.jdbc().change(c -> {
			String me = Rows.first(c, "SELECT session_user", List.of(), rs -> rs.getString(1)).orElseThrow();
			c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(me, password, "scram-sha-256");
			Rows.first(c, "SELECT rapport_password_changed()", List.of(), rs -> true);
		});
	}
}
