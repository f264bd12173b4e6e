package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.RestoredBackup;
import org.rapport.platform.persistence.Rows;

/**
 * A restore replaces the data only with a backup that passed every check, keeps the data it replaced until the next
 * start, and refuses a damaged or foreign backup without changing anything, saying why.
 */
class RestoreTest {

	@TempDir
	Path home;

	@TempDir
	Path backups;

	private Database database;

	@BeforeEach
	void open() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		Notes.save(database, 1, "Kickoff");
		Notes.save(database, 2, "Quote sent");
	}

	@AfterEach
	void close() {
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
	}

	@Test
	void aGoodBackupReplacesTheDataAndTheOldDataIsKeptUntilTheNextStart() throws Exception {
		Path backup = backups.resolve("monday");
		database.backup(backup, new NullProgressMonitor());
		Notes.save(database, 3, "Written after the backup");

		RestoredBackup restored = database.restore(backup, new NullProgressMonitor());

		assertEquals(List.of("Kickoff", "Quote sent"), Notes.subjects(database));
		Path kept = restored.kept();
		assertTrue(kept.getFileName().toString().startsWith("db.before-restore-"), kept.toString());
		assertEquals(home, kept.getParent());
		assertTrue(Files.isRegularFile(kept.resolve("service.properties")), "the old database is kept whole");
		assertTrue(restored.rows() >= 2 && restored.tables() > 5, restored.toString());
		assertEquals(List.of(restored.kept().getFileName().toString()), leftovers(),
				"beside the database only the kept data, no copy of the restore");

		database.configure(DatabaseSettings.embedded(home));
		database.open(new NullProgressMonitor());
		assertFalse(Files.exists(restored.kept()), "the next successful start removes the data kept by the restore");
		assertEquals(List.of(), leftovers());
		assertEquals(List.of("Kickoff", "Quote sent"), Notes.subjects(database));
	}

	@Test
	void aBackupWithAFileCutShortChangesNothing() throws Exception {
		Path backup = goodBackupCopy("cut");
		Path file = largestFile(backup.resolve("db/seg0"));
		byte[] content = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(content, content.length / 2));

		String message = refused(backup);
		assertTrue(message.contains("damaged") && message.contains(file.getFileName().toString()), message);
	}

	@Test
	void aBackupWithAFileOverwrittenByRandomBytesChangesNothing() throws Exception {
		Path backup = goodBackupCopy("noise");
		Path file = largestFile(backup.resolve("db/seg0"));
		byte[] noise = new byte[(int) Files.size(file)];
		new Random(18).nextBytes(noise);
		Files.write(file, noise);

		String message = refused(backup);
		assertTrue(message.contains("damaged") && message.contains(file.getFileName().toString()), message);
	}

	@Test
	void anEmptyFolderIsNoBackup() throws Exception {
		Path empty = Files.createDirectories(backups.resolve("empty"));

		String message = refused(empty);
		assertTrue(message.contains("is not a Rapport backup"), message);
	}

	@Test
	void theFolderOfAnotherDatabaseIsNoBackup() throws Exception {
		Path other = ForeignDatabase.create(backups.resolve("inventory"));

		String message = refused(other);
		assertTrue(message.contains("is not a Rapport backup"), message);
	}

	@Test
	void aDerbyBackupOfAnotherProgramIsRefused() throws Exception {
		Path other = ForeignDatabase.backup(backups.resolve("inventory"), backups.resolve("inventory-backup"));

		String message = refused(other);
		assertTrue(message.contains("not of Rapport"), message);
	}

	@Test
	void aBackupOfANewerVersionIsRefused() throws Exception {
		String changelog = "db/org.rapport.platform.persistence.tests/changelog.xml";
		database.jdbc().change(c -> Rows.update(c, "INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED,"
				+ " ORDEREXECUTED, EXECTYPE) VALUES (?, ?, ?, CURRENT_TIMESTAMP, 99, 'EXECUTED')", "99-next-version",
				"rapport", changelog));
		Path backup = backups.resolve("from-the-future");
		database.backup(backup, new NullProgressMonitor());
		database.jdbc().change(c -> Rows.update(c, "DELETE FROM DATABASECHANGELOG WHERE ID = ?", "99-next-version"));

		String message = refused(backup);
		assertTrue(message.contains("newer version") && message.contains("99-next-version"), message);
	}

	@Test
	void aDataFolderWithoutDatabaseIsRepairedByARestore() throws Exception {
		Path backup = backups.resolve("monday");
		database.backup(backup, new NullProgressMonitor());
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
		Folders.delete(home.resolve("db"));

		database.configure(DatabaseSettings.embedded(home));
		RestoredBackup restored = database.restore(backup, new NullProgressMonitor());

		assertNull(restored.kept(), "there was no database to keep");
		assertEquals(List.of("Kickoff", "Quote sent"), Notes.subjects(database));
	}

	@Test
	void aBackupMadeBeforeBackupsCarriedChecksumsIsCheckedTableByTable() throws Exception {
		Path good = goodBackupCopy("old-style");
		Legacy.stripChecksums(good);
		Path damaged = goodBackupCopy("old-style-damaged");
		Legacy.stripChecksums(damaged);
		Path notes = damaged.resolve("db/seg0").resolve(Legacy.tableFile(database, "TESTKIT_NOTE"));
		byte[] noise = new byte[(int) Files.size(notes)];
		new Random(7).nextBytes(noise);
		Files.write(notes, noise);

		String message = refused(damaged);
		assertTrue(message.contains("damaged") && message.contains("TESTKIT_NOTE"), message);

		Notes.save(database, 3, "Written after the backup");
		database.restore(good, new NullProgressMonitor());
		assertEquals(List.of("Kickoff", "Quote sent"), Notes.subjects(database));
	}

	/** The restore is refused, the data is as it was, and nothing is left beside it. */
	private String refused(Path backup) throws IOException {
		DatabaseException e = assertThrows(DatabaseException.class,
				() -> database.restore(backup, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains(backup.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
		assertEquals(List.of("Kickoff", "Quote sent"), Notes.subjects(database));
		assertEquals(List.of(), leftovers());
		return e.getMessage();
	}

	private Path goodBackupCopy(String name) throws IOException {
		Path backup = backups.resolve(name);
		database.backup(backup, new NullProgressMonitor());
		return backup;
	}

	/** Folders a restore may leave beside the database: copies in progress, kept data. */
	private List<String> leftovers() throws IOException {
		try (Stream<Path> all = Files.list(home)) {
			return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("db.")).sorted().toList();
		}
	}

	private static Path largestFile(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
		}
	}
}
