package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;

/**
 * Online backup of the embedded database into a folder, and restore from it. A backup folder holds Derby's
 * copy of the database ({@code db/}) and {@code rapport-backup.properties} saying what and when.
 */
final class DerbyBackup {

	static final String MARKER = "rapport-backup.properties";

	private DerbyBackup() {
	}

	static void backup(DataSource dataSource, DatabaseSettings settings, Path folder, IProgressMonitor monitor)
			throws DatabaseException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Backup_task, folder), 2);
		try {
			Files.createDirectories(folder);
			try (Stream<Path> existing = Files.list(folder)) {
				if (existing.findAny().isPresent()) {
					throw new DatabaseException(NLS.bind(Messages.Backup_notEmpty, folder));
				}
			}
			try (Connection c = dataSource.getConnection();
					CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
				call.setString(1, folder.toAbsolutePath().toString());
				call.execute();
			}
			progress.worked(1);
			Properties marker = new Properties();
			marker.setProperty("created", Instant.now().toString());
			marker.setProperty("source", settings.embeddedFolder().toString());
			marker.setProperty("database", settings.embeddedFolder().getFileName().toString());
			try (Writer out = Files.newBufferedWriter(folder.resolve(MARKER), StandardCharsets.UTF_8)) {
				marker.store(out, "Rapport backup");
			}
			progress.worked(1);
		} catch (IOException | SQLException e) {
			throw new DatabaseException(NLS.bind(Messages.Backup_failed, folder, MigrationRunner.rootMessage(e)), e);
		}
	}

	/** Refuses a folder that is not a Rapport backup before anything is closed. */
	static void check(Path folder) throws DatabaseException {
		if (!Files.isRegularFile(folder.resolve(MARKER)) || !Files.isDirectory(copyIn(folder))) {
			throw new DatabaseException(NLS.bind(Messages.Restore_notBackup, folder));
		}
	}

	static void restore(DatabaseSettings settings, Path folder, IProgressMonitor monitor) throws DatabaseException {
		SubMonitor.convert(monitor, NLS.bind(Messages.Restore_task, folder), 1);
		EmbeddedDataSource restore = DataSources.embedded(settings, "restore");
		// An encrypted backup is restored with the database's boot password (the same key).
		restore.setConnectionAttributes("restoreFrom=" + copyIn(folder).toAbsolutePath()
				+ (settings.encrypted() ? ";" + DataSources.bootPassword(settings.password()) : ""));
		try (Connection c = restore.getConnection()) {
			c.isValid(1);
		} catch (SQLException e) {
			throw new DatabaseException(NLS.bind(Messages.Restore_failed, folder, MigrationRunner.rootMessage(e)), e);
		}
		shutdown(settings);
	}

	/** Shuts the embedded database down so that its files are consistent and released. */
	static void shutdown(DatabaseSettings settings) {
		try (Connection c = DataSources.embedded(settings, "shutdown").getConnection()) {
			c.isValid(1);
		} catch (SQLException expected) {
			// Derby reports a successful shutdown as SQLState 08006.
		}
	}

	private static Path copyIn(Path folder) {
		return folder.resolve("db");
	}
}
