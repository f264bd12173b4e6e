package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;

/**
 * The embedded database's place in the data folder, and the folders a restore leaves beside it:
 * <ul>
 * <li>{@code db}: the database;</li>
 * <li>{@code database.created}: written once a database was opened there; from then on a missing or broken
 * {@code db} is an error naming the backups, never a reason to create an empty database;</li>
 * <li>{@code db.restoring}: a backup being restored and checked (incomplete until renamed);</li>
 * <li>{@code db.restored}: a restored copy that passed every check, about to be swapped in;</li>
 * <li>{@code db.before-restore-DATE}: the data a restore replaced, kept until the next successful start;</li>
 * <li>{@code restore.lock}: locked by the program restoring, so that another one starting meanwhile leaves its
 * copies alone.</li>
 * </ul>
 * A data folder whose database was opened by a Rapport from before {@code database.created} gets the file at its
 * next successful opening; only a database deleted before that start could still be silently replaced.
 * A restore renames, each an atomic rename inside the data folder: {@code db.restoring} to {@code db.restored}, then
 * {@code db} to {@code db.before-restore-DATE}, then {@code db.restored} to {@code db}. Killed at any moment, it
 * leaves {@code db} or {@code db.restored} in place; {@link #recover} finishes or undoes it at the next start.
 */
final class DataFolder {

	static final String DATABASE = "db";
	static final String CREATED = "database.created";
	static final String RESTORING = "db.restoring";
	static final String RESTORED = "db.restored";
	static final String KEPT_PREFIX = "db.before-restore-";
	static final String LOCK = "restore.lock";

	private static final System.Logger LOG = System.getLogger(DataFolder.class.getName());
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

	private final Path home;

	DataFolder(Path home) {
		this.home = home;
	}

	Path home() {
		return home;
	}

	Path database() {
		return home.resolve(DATABASE);
	}

	Path restoring() {
		return home.resolve(RESTORING);
	}

	/** The data folder held by a restore, released on close; null where there is no data folder to hold. */
	record RestoreLock(FileChannel file) implements AutoCloseable {
		@Override
		public void close() {
			try {
				file.close();
			} catch (IOException e) {
				// closing the channel releases the lock in any case
			}
		}
	}

	/**
	 * Holds the data folder for a restore, or for the recovery at a start: a program that starts while another
	 * restores must neither finish nor remove that restore's copy. The operating system releases the lock of a
	 * program that was killed.
	 *
	 * @throws DatabaseException when another program is restoring into this data folder
	 */
	RestoreLock lock() throws DatabaseException {
		if (!Files.isDirectory(home)) {
			return null;
		}
		FileChannel file;
		try {
			file = FileChannel.open(home.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		} catch (IOException e) {
			// A data folder Rapport may not write to fails at opening, with its own message.
			return null;
		}
		RestoreLock lock = new RestoreLock(file);
		try {
			if (file.tryLock() != null) {
				return lock;
			}
		} catch (IOException | java.nio.channels.OverlappingFileLockException e) {
			// held elsewhere in this program: as good as held by another
		}
		lock.close();
		throw new DatabaseException(NLS.bind(Messages.DataFolder_restoreRunning, home));
	}

	/**
	 * Finishes or undoes a restore that was interrupted (hold {@link #lock} meanwhile): a copy still being checked is
	 * removed; a checked copy is swapped in when the database was already moved aside, and removed otherwise (the
	 * swap had not begun).
	 *
	 * @return the folder keeping the replaced data when an interrupted swap was finished
	 */
	Optional<Path> recover() throws DatabaseException {
		try {
			if (Files.exists(restoring())) {
				LOG.log(System.Logger.Level.INFO, "Removing the unfinished restore " + restoring());
				delete(restoring());
			}
			Path restored = home.resolve(RESTORED);
			if (!Files.exists(restored)) {
				return Optional.empty();
			}
			if (Files.exists(database())) {
				LOG.log(System.Logger.Level.INFO, "Removing the restore that had not replaced " + database());
				delete(restored);
				return Optional.empty();
			}
			rename(restored, database());
			LOG.log(System.Logger.Level.INFO, "Finished the interrupted restore into " + database());
			return kept().stream().findFirst();
		} catch (IOException e) {
			throw new DatabaseException(NLS.bind(Messages.DataFolder_unrecovered, home, e.getMessage()), e);
		}
	}

	/** Whether a database was created here before: then nothing may create an empty one in its place. */
	boolean heldDatabase() {
		return Files.exists(home.resolve(CREATED));
	}

	/** Whether opening may create the database: only in a data folder that never held one. */
	boolean mayCreate() {
		return !heldDatabase() && !Files.exists(database());
	}

	/** Refuses to open a data folder whose database is gone, naming it and the backups to restore. */
	void requireDatabase() throws DatabaseException {
		if (heldDatabase() && !Files.isDirectory(database())) {
			throw new DatabaseException(NLS.bind(Messages.DataFolder_missing, home, database()) + "\n" + remedies());
		}
	}

	/**
	 * The failure to open a database that exists, with the backups to restore; a database in use or a wrong boot
	 * password (the database is fine) are left as they are.
	 */
	DatabaseException broken(DatabaseException failure) {
		if (hasState(failure, "XSDB6", "XBM06")) {
			return failure;
		}
		return new DatabaseException(NLS.bind(Messages.DataFolder_broken, database(), failure.getMessage()) + "\n"
				+ remedies(), failure);
	}

	/**
	 * Refuses to touch a database another program (a workbench, another command) has open: moving it aside would
	 * lose what that program writes. Derby's lock says so when the database is booted here; it is shut down again
	 * at once. A database that cannot be booted for another reason is what a restore repairs.
	 */
	void requireUnused(DatabaseSettings signIn) throws DatabaseException {
		if (!Files.isDirectory(database())) {
			return;
		}
		try (java.sql.Connection c = DataSources.embedded(signIn, "open").getConnection()) {
			c.isValid(1);
		} catch (java.sql.SQLException e) {
			if (hasState(e, "XSDB6")) {
				throw new DatabaseException(ConnectionProblem.describe(signIn, e), e);
			}
			return;
		}
		DerbyBackup.shutdown(signIn);
	}

	/** Whether Derby gave one of these SQLStates, anywhere in the chain of causes and next exceptions. */
	static boolean hasState(Throwable e, String... states) {
		List<String> wanted = List.of(states);
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof java.sql.SQLException sql) {
				for (java.sql.SQLException s = sql; s != null; s = s.getNextException()) {
					if (wanted.contains(s.getSQLState())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * After a successful opening: marks the folder as holding a database, and removes the data kept by restores
	 * except what this run's restore kept.
	 */
	void opened(Set<Path> keep, java.util.function.Consumer<Path> removing) {
		try {
			if (!heldDatabase()) {
				Properties marker = new Properties();
				marker.setProperty("created", Instant.now().toString());
				marker.setProperty("database", database().toString());
				try (Writer out = Files.newBufferedWriter(home.resolve(CREATED), StandardCharsets.UTF_8)) {
					marker.store(out, "Rapport created its database here: a missing db is an error, not a new start");
				}
			}
			for (Path old : kept()) {
				if (!keep.contains(old)) {
					removing.accept(old);
					delete(old);
				}
			}
		} catch (IOException e) {
			// The database is open; a leftover folder is removed at the next start.
			LOG.log(System.Logger.Level.WARNING, "Data folder " + home + " not tidied", e);
		}
	}

	/**
	 * Swaps the checked copy in {@code db.restoring} for the database, keeping the database (if any) beside it.
	 *
	 * @return the folder keeping the replaced data, or null when there was none
	 */
	Path swap() throws DatabaseException {
		Path restored = home.resolve(RESTORED);
		Path kept = null;
		try {
			rename(restoring(), restored);
			if (Files.exists(database())) {
				kept = home.resolve(KEPT_PREFIX + LocalDateTime.now().format(STAMP));
				for (int n = 2; Files.exists(kept); n++) {
					kept = home.resolve(KEPT_PREFIX + LocalDateTime.now().format(STAMP) + "-" + n);
				}
				rename(database(), kept);
			}
		} catch (IOException e) {
			// The database was not moved: the checked copy goes.
			deleteQuietly(restoring());
			deleteQuietly(restored);
			throw new DatabaseException(NLS.bind(Messages.Restore_swapFailed, database(), e.getMessage()), e);
		}
		try {
			rename(restored, database());
			return kept;
		} catch (IOException e) {
			// The next start finishes the swap (db.restored without db); say where everything is meanwhile.
			throw new DatabaseException(NLS.bind(Messages.Restore_swapUnfinished, new Object[] { database(), restored,
					kept == null ? "-" : kept, e.getMessage() }), e);
		}
	}

	/** The folders keeping data replaced by restores, newest first. */
	List<Path> kept() throws IOException {
		if (!Files.isDirectory(home)) {
			return List.of();
		}
		try (Stream<Path> all = Files.list(home)) {
			return all.filter(p -> p.getFileName().toString().startsWith(KEPT_PREFIX) && Files.isDirectory(p))
					.sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
		}
	}

	/** What the user can do about a missing or broken database: the backups, the kept data, starting empty. */
	private String remedies() {
		List<String> lines = new ArrayList<>();
		List<org.rapport.platform.persistence.Backup> backups = BackupCatalog.list(home);
		if (backups.isEmpty()) {
			lines.add(Messages.DataFolder_noBackups);
		} else {
			lines.add(Messages.DataFolder_backups);
			backups.forEach(b -> lines.add(BackupCatalog.describe(b)));
		}
		try {
			kept().forEach(k -> lines.add(NLS.bind(Messages.DataFolder_kept, k, DATABASE)));
		} catch (IOException e) {
			// only a hint less
		}
		lines.add(NLS.bind(Messages.DataFolder_startEmpty, home.resolve(CREATED)));
		return String.join("\n", lines);
	}

	/** An atomic rename inside the data folder, made durable before the next step. */
	private void rename(Path from, Path to) throws IOException {
		Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		syncFolder();
	}

	/** Flushes the folder's entries (where the platform allows), so a power cut cannot undo a rename. */
	private void syncFolder() {
		try (FileChannel folder = FileChannel.open(home, StandardOpenOption.READ)) {
			folder.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Not on every file system (Windows cannot open a folder); the rename itself is still atomic.
		}
	}

	/** Deletes a folder and everything in it. */
	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	static void deleteQuietly(Path folder) {
		try {
			delete(folder);
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "Could not remove " + folder, e);
		}
	}
}
