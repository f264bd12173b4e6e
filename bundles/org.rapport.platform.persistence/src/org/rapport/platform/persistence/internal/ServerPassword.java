package org.rapport.platform.persistence.internal;

import org.eclipse.osgi.util.NLS;
import org.postgresql.jdbcurlresolver.PgPassParser;
import org.rapport.platform.persistence.DatabaseSettings;

/**
 * The password of a server login, from the standard places a PostgreSQL user keeps it, in libpq's order: given
 * (the sign-in dialog), {@code PGPASSWORD}, the {@code ~/.pgpass} file (or {@code PGPASSFILE}), and last a prompt on
 * the terminal when a headless command runs on one (the launcher sets {@code rapport.password.prompt}).
 */
final class ServerPassword {

	private ServerPassword() {
	}

	static DatabaseSettings resolve(DatabaseSettings settings) {
		if (!settings.password().isEmpty()) {
			return settings;
		}
		String password = System.getenv("PGPASSWORD");
		if (password == null || password.isEmpty()) {
			password = PgPassParser.getPassword(settings.host(), String.valueOf(settings.port()), settings.name(),
					settings.user());
		}
		if (password == null || password.isEmpty()) {
			password = TerminalPassword.ask(NLS.bind(Messages.Server_passwordPrompt, settings.user(),
					settings.location()));
		}
		return password == null || password.isEmpty() ? settings : settings.withPassword(password);
	}
}
