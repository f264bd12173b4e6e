package org.rapport.platform.persistence.internal;

import javax.sql.DataSource;

import org.apache.derby.jdbc.ClientDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.rapport.platform.persistence.DatabaseSettings;

/** Builds the JDBC data source for the configured kind of database. */
final class DataSources {

	private DataSources() {
	}

	static DataSource create(DatabaseSettings settings) {
		switch (settings.kind()) {
		case POSTGRESQL:
			PGSimpleDataSource pg = new PGSimpleDataSource();
			pg.setServerNames(new String[] { settings.host() });
			pg.setPortNumbers(new int[] { settings.port() });
			pg.setDatabaseName(settings.name());
			pg.setUser(settings.user());
			pg.setPassword(settings.password());
			pg.setApplicationName("Rapport");
			// TLS as the installation asks: verify-full checks the server's certificate and name (libpq's meaning).
			String sslMode = sslMode(settings);
			if (!sslMode.isEmpty()) {
				pg.setSslMode(sslMode);
			}
			pg.setReWriteBatchedInserts(true);
			return pg;
		case DERBY_SERVER:
			ClientDataSource client = new ClientDataSource();
			client.setServerName(settings.host());
			client.setPortNumber(settings.port());
			client.setDatabaseName(settings.name());
			client.setUser(settings.user());
			client.setPassword(settings.password());
			return client;
		default:
			return embedded(settings, "create");
		}
	}

	private static String sslMode(DatabaseSettings settings) {
		try {
			return settings.option("database.sslmode", "");
		} catch (java.io.IOException e) {
			return "";
		}
	}

	/**
	 * Derby's log belongs in the data folder, not in whatever folder Rapport was started from, and never on the
	 * console: Derby writes its log (booting, "Shutting down instance ...") to System.err when it cannot create the
	 * file, as in a data folder that does not exist yet. Derby reads the setting once, when its engine starts.
	 */
	static void logInDataFolder(java.nio.file.Path home) {
		if (System.getProperty("derby.stream.error.file") != null) {
			return;
		}
		try {
			java.nio.file.Files.createDirectories(home);
		} catch (java.io.IOException e) {
			// Opening reports the folder; Derby logs where it was started meanwhile.
			return;
		}
		System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
	}

	/** AES with a 256-bit key: Derby's default would be DES. */
	static final String ENCRYPTION = "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256;";

	/**
	 * The attribute that boots an encrypted database. Derby separates attributes with ; and keys from values with =,
	 * so a boot password holding them is refused rather than cut.
	 */
	static String bootPassword(String password) {
		if (password.indexOf(';') >= 0 || password.indexOf('=') >= 0) {
			throw new IllegalArgumentException(Messages.Encryption_badCharacters);
		}
		return "bootPassword=" + password;
	}

	/**
	 * An embedded data source with a connection attribute such as {@code create}, {@code shutdown}; any other mode
	 * (such as {@code open}) opens an existing database only.
	 */
	static EmbeddedDataSource embedded(DatabaseSettings settings, String mode) {
		logInDataFolder(settings.home());
		EmbeddedDataSource derby = new EmbeddedDataSource();
		derby.setDatabaseName(settings.embeddedFolder().toString());
		derby.setUser(settings.user());
		if (settings.encrypted() && !"shutdown".equals(mode)) {
			// A database the settings call encrypted is created so: set database.encrypted=true before the first start.
			boolean fresh = "create".equals(mode) && !java.nio.file.Files.exists(settings.embeddedFolder());
			derby.setConnectionAttributes((fresh ? ENCRYPTION : "") + bootPassword(settings.password()));
		}
		if ("create".equals(mode)) {
			derby.setCreateDatabase("create");
		} else if ("shutdown".equals(mode)) {
			derby.setShutdownDatabase("shutdown");
		}
		return derby;
	}
}
