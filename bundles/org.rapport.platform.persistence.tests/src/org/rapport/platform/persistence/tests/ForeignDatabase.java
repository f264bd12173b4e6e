package org.rapport.platform.persistence.tests;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** Derby databases that are not Rapport's (another program's), and Derby copies made by hand. */
final class ForeignDatabase {

	private ForeignDatabase() {
	}

	/** Another program's database in {@code folder/db}; returns folder. */
	static Path create(Path folder) throws SQLException {
		EmbeddedDataSource derby = derby(folder.resolve("db"));
		derby.setCreateDatabase("create");
		try (Connection c = derby.getConnection(); Statement st = c.createStatement()) {
			st.execute("CREATE TABLE stock_item (sku VARCHAR(20) PRIMARY KEY, quantity INT)");
			st.execute("INSERT INTO stock_item VALUES ('DURIAN-1', 40)");
		}
		shutdown(folder.resolve("db"));
		return folder;
	}

	/**
	 * A Derby backup of another program's database, with the marker a Rapport backup has (as a backup made before
	 * Rapport wrote checksums would): only its content tells it apart.
	 */
	static Path backup(Path work, Path backup) throws SQLException, IOException {
		create(work);
		try (Connection c = derby(work.resolve("db")).getConnection();
				CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
			call.setString(1, backup.toAbsolutePath().toString());
			call.execute();
		}
		shutdown(work.resolve("db"));
		Properties marker = new Properties();
		marker.setProperty("created", Instant.now().toString());
		marker.setProperty("database", "db");
		Path file = backup.resolve("rapport-backup.properties");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			marker.store(out, null);
		}
		return backup;
	}

	/** Restores a backup's copy into a folder as Derby does, then shuts it down. */
	static void restoreCopy(Path backup, Path folder) throws SQLException {
		EmbeddedDataSource derby = derby(folder);
		derby.setConnectionAttributes("createFrom=" + backup.resolve("db").toAbsolutePath());
		try (Connection c = derby.getConnection()) {
			c.isValid(1);
		}
		shutdown(folder);
	}

	private static EmbeddedDataSource derby(Path folder) {
		EmbeddedDataSource derby = new EmbeddedDataSource();
		derby.setDatabaseName(folder.toAbsolutePath().toString());
		return derby;
	}

	private static void shutdown(Path folder) {
		EmbeddedDataSource derby = derby(folder);
		derby.setShutdownDatabase("shutdown");
		try (Connection c = derby.getConnection()) {
			c.isValid(1);
		} catch (SQLException expected) {
			// 08006: shut down
		}
	}
}
