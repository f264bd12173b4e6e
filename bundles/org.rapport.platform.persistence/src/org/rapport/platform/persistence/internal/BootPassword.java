package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;

/**
 * The boot password of an encrypted embedded database: given (the workbench asks for it), or from
 * {@code RAPPORT_BOOT_PASSWORD}, or typed on the terminal when a headless command runs on one.
 */
final class BootPassword {

	private static final int MIN_LENGTH = 10;

	private BootPassword() {
	}

	static DatabaseSettings resolve(DatabaseSettings settings) throws DatabaseException {
		if (!settings.password().isEmpty()) {
			return settings;
		}
		String password = System.getenv("RAPPORT_BOOT_PASSWORD");
		if (password == null || password.isEmpty()) {
			password = TerminalPassword.ask(NLS.bind(Messages.Encryption_prompt, settings.location()));
		}
		if (password == null || password.isEmpty()) {
			throw new DatabaseException(NLS.bind(Messages.Encryption_needBootPassword, settings.location()));
		}
		return settings.withPassword(password);
	}

	static void check(String password) throws DatabaseException {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new DatabaseException(NLS.bind(Messages.Encryption_short, MIN_LENGTH));
		}
		try {
			DataSources.bootPassword(password);
		} catch (IllegalArgumentException e) {
			throw new DatabaseException(e.getMessage(), e);
		}
	}

	/** Encrypts the closed database in place (or creates it encrypted), then shuts it down. */
	static void encrypt(DatabaseSettings encrypted) throws DatabaseException {
		EmbeddedDataSource derby = DataSources.embedded(encrypted, "create");
		derby.setConnectionAttributes(DataSources.ENCRYPTION + DataSources.bootPassword(encrypted.password()));
		try (Connection c = derby.getConnection()) {
			c.isValid(1);
		} catch (SQLException e) {
			throw new DatabaseException(ConnectionProblem.describe(encrypted, e), e);
		}
		DerbyBackup.shutdown(encrypted);
	}
}
