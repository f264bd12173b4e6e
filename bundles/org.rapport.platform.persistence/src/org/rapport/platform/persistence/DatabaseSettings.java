package org.rapport.platform.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The connection settings, kept in {@code rapport.properties} in the data folder. The data folder is
 * {@code ~/.rapport} unless the system property {@code rapport.home} or the environment variable
 * {@code RAPPORT_HOME} names another. System properties {@code rapport.database.*} override the file, which
 * lets IT and tests point one run at another database.
 *
 * @param home     the data folder; the embedded database lives in its {@code db} folder
 * @param kind     embedded, Derby server or PostgreSQL
 * @param host     server host (servers only)
 * @param port     server port (servers only)
 * @param name     database name on the server
 * @param user     database user on the server
 * @param password password on the server: asked at sign-in or taken from {@code PGPASSWORD} or {@code ~/.pgpass};
 *                 never written to the file (a password an administrator puts there is still read); for an
 *                 encrypted embedded database its boot password
 * @param encrypted whether the embedded database is encrypted (AES, 256-bit key) and needs its boot password
 */
public record DatabaseSettings(Path home, DatabaseKind kind, String host, int port, String name, String user,
		String password, boolean encrypted) {

	/** Settings of a database that is not encrypted. */
	public DatabaseSettings(Path home, DatabaseKind kind, String host, int port, String name, String user,
			String password) {
		this(home, kind, host, port, name, user, password, false);
	}

	/** File name of the settings inside the data folder. */
	public static final String FILE = "rapport.properties";

	private static final String PREFIX = "rapport.";

	/** The data folder chosen for this run. */
	public static Path defaultHome() {
		String home = System.getProperty("rapport.home");
		if (home == null || home.isBlank()) {
			home = System.getenv("RAPPORT_HOME");
		}
		if (home == null || home.isBlank()) {
			return Path.of(System.getProperty("user.home"), ".rapport");
		}
		return Path.of(home).toAbsolutePath();
	}

	/** Embedded Derby in the given folder. */
	public static DatabaseSettings embedded(Path home) {
		return new DatabaseSettings(home, DatabaseKind.EMBEDDED, "", 0, "", "rapport", "");
	}

	/** Reads the file of the data folder (if any), then applies {@code rapport.database.*} system properties. */
	public static DatabaseSettings load(Path home) throws IOException {
		Properties file = readFile(home);
		DatabaseKind kind = DatabaseKind.fromKey(value(file, "database.kind", DatabaseKind.EMBEDDED.key()));
		int defaultPort = kind == DatabaseKind.POSTGRESQL ? 5432 : 1527;
		return new DatabaseSettings(home, kind, value(file, "database.host", "localhost"),
				Integer.parseInt(value(file, "database.port", String.valueOf(defaultPort))),
				value(file, "database.name", "rapport"), value(file, "database.user", "rapport"),
				value(file, "database.password", ""), Boolean.parseBoolean(value(file, "database.encrypted", "false")));
	}

	/** Writes the connection settings, keeping the other settings of the file (language ...). */
	public void save() throws IOException {
		Properties file = readFile(home);
		file.setProperty("database.kind", kind.key());
		file.setProperty("database.host", host);
		file.setProperty("database.port", String.valueOf(port));
		file.setProperty("database.name", name);
		file.setProperty("database.user", user);
		// The login is remembered, the password never is.
		file.remove("database.password");
		file.setProperty("database.encrypted", String.valueOf(encrypted));
		Files.createDirectories(home);
		ownerOnly(home, "rwx------");
		Path path = home.resolve(FILE);
		try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			file.store(out, "Rapport settings");
		}
		ownerOnly(path, "rw-------");
	}

	/** The same settings signed in as another login (the sign-in dialog, {@code --user}). */
	public DatabaseSettings withLogin(String login, String newPassword) {
		return new DatabaseSettings(home, kind, host, port, name, login, newPassword == null ? "" : newPassword,
				encrypted);
	}

	/** The same embedded database, encrypted with this boot password. */
	public DatabaseSettings encryptedWith(String bootPassword) {
		return new DatabaseSettings(home, kind, host, port, name, user, bootPassword, true);
	}

	/** The same settings with a password found at sign-in. */
	public DatabaseSettings withPassword(String newPassword) {
		return withLogin(user, newPassword);
	}

	/** Only the owner may read what Rapport keeps: the data folder 700, the settings file 600 (where POSIX). */
	public static void ownerOnly(Path path, String permissions) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
		}
	}

	/** Never shows the password (settings reach logs and messages). */
	@Override
	public String toString() {
		return kind.key() + " " + location() + (kind == DatabaseKind.EMBEDDED ? "" : " as " + user);
	}

	/**
	 * Another setting of the file, such as {@code database.sslmode} (a system property {@code rapport.<key>} wins).
	 *
	 * @throws IOException when the file cannot be read
	 */
	public String option(String key, String fallback) throws IOException {
		return value(readFile(home), key, fallback);
	}

	/** Folder of the embedded database. */
	public Path embeddedFolder() {
		return home.resolve("db");
	}

	/** Where the data is, as shown to users. */
	public String location() {
		return kind == DatabaseKind.EMBEDDED ? embeddedFolder().toString() : host + ":" + port + "/" + name;
	}

	static Properties readFile(Path home) throws IOException {
		Properties file = new Properties();
		Path path = home.resolve(FILE);
		if (Files.isRegularFile(path)) {
			try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
				file.load(in);
			}
		}
		return file;
	}

	private static String value(Properties file, String key, String fallback) {
		String fromSystem = System.getProperty(PREFIX + key);
		if (fromSystem != null) {
			return fromSystem;
		}
		return file.getProperty(key, fallback).trim();
	}
}
