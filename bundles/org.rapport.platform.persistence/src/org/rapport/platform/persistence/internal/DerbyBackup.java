package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.Backup;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;

/**
 * Online backup of the embedded database into a folder, verified before it counts. A backup folder holds Derby's
 * copy of the database ({@code db/}) and {@code rapport-backup.properties} saying what and when, with the size and
 * SHA-256 of every file ({@link BackupManifest}); the marker is written last, so a folder without it is no backup.
 * <p>
 * Verifying costs about as much again as the backup (200,000 customers, 700 MB: 3 to 6 s each on a developer's disk):
 * every file is read back for its checksum, and a trial restore into a scratch folder is booted and its key tables
 * read. Counting every table would add a time that grows with the data, and a structural check of every table and
 * index ({@code SYSCS_CHECK_TABLE}) several times the backup; a restore reads every table, and checks the structure
 * of backups made before they carried checksums, where nothing else vouches for the files.
 */
final class DerbyBackup {

	static final String MARKER = "rapport-backup.properties";

	private static final String SCRATCH = ".verify";

	private DerbyBackup() {
	}

	static Backup backup(DataSource dataSource, DatabaseSettings settings, Path folder, IProgressMonitor monitor)
			throws DatabaseException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Backup_task, folder), 10);
		boolean existed = Files.exists(folder);
		try {
			Files.createDirectories(folder);
			try (Stream<Path> existing = Files.list(folder)) {
				if (existing.findAny().isPresent()) {
					throw new DatabaseException(NLS.bind(Messages.Backup_notEmpty, folder));
				}
			}
		} catch (IOException e) {
			throw new DatabaseException(NLS.bind(Messages.Backup_failed, folder, MigrationRunner.rootMessage(e)), e);
		}
		try {
			try (Connection c = dataSource.getConnection();
					CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
				call.setString(1, folder.toAbsolutePath().toString());
				call.execute();
			}
			progress.worked(4);
			progress.subTask(Messages.Backup_verifying);
			Properties marker = new Properties();
			marker.setProperty("created", Instant.now().toString());
			marker.setProperty("source", settings.embeddedFolder().toString());
			marker.setProperty("database", settings.embeddedFolder().getFileName().toString());
			BackupManifest.record(folder.resolve(DataFolder.DATABASE), marker);
			progress.worked(2);
			verify(folder, settings);
			progress.worked(3);
			marker.setProperty(BackupManifest.VERIFIED, Instant.now().toString());
			writeMarker(folder, marker);
			BackupCatalog.record(settings.home(), folder);
			progress.worked(1);
			return BackupCatalog.read(folder).orElseThrow();
		} catch (IOException | SQLException e) {
			removeFailed(folder, existed);
			throw new DatabaseException(NLS.bind(Messages.Backup_failed, folder, MigrationRunner.rootMessage(e)), e);
		} catch (DatabaseException e) {
			removeFailed(folder, existed);
			throw new DatabaseException(NLS.bind(Messages.Backup_unverified, folder, e.getMessage()), e);
		}
	}

	/** Restores the backup just written into a scratch folder inside it, boots it and reads its key tables. */
	private static void verify(Path folder, DatabaseSettings settings) throws DatabaseException {
		Path scratch = folder.resolve(SCRATCH);
		try (DatabaseCopy copy = DatabaseCopy.restore(folder, scratch, settings.user(),
				settings.encrypted() ? settings.password() : "")) {
			copy.readKeyTables();
		} finally {
			DataFolder.deleteQuietly(scratch);
		}
	}

	/** Written whole under another name, then renamed: the marker is there complete or not at all. */
	private static void writeMarker(Path folder, Properties marker) throws IOException {
		Path partial = folder.resolve(MARKER + ".partial");
		try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			marker.store(out, "Rapport backup");
		}
		Files.move(partial, folder.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
	}

	/** A backup that failed is no backup: what it wrote goes, so that nobody relies on it. */
	private static void removeFailed(Path folder, boolean existed) {
		if (!existed) {
			DataFolder.deleteQuietly(folder);
			return;
		}
		try (Stream<Path> inside = Files.list(folder)) {
			inside.forEach(DataFolder::deleteQuietly);
		} catch (IOException e) {
			// what is left has no marker: restore refuses it
		}
	}

	/** Whether Derby's copy in a backup is encrypted (its service.properties, plain text, says so). */
	static boolean encrypted(Path copy) {
		Properties service = new Properties();
		try (Reader in = Files.newBufferedReader(copy.resolve("service.properties"), StandardCharsets.ISO_8859_1)) {
			service.load(in);
		} catch (IOException | IllegalArgumentException e) {
			return false;
		}
		return Boolean.parseBoolean(service.getProperty("dataEncryption", "false").trim());
	}

	/** Shuts the embedded database down so that its files are consistent and released. */
	static void shutdown(DatabaseSettings settings) {
		try (Connection c = DataSources.embedded(settings, "shutdown").getConnection()) {
			c.isValid(1);
		} catch (SQLException expected) {
			// Derby reports a successful shutdown as SQLState 08006.
		}
	}
}
