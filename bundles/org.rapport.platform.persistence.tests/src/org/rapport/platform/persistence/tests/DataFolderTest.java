package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;

/**
 * A data folder that held a database never silently gets an empty one: a missing or broken database is an error that
 * names the folder and the backups; a restore killed between its renames is finished or undone at the next start.
 */
class DataFolderTest {

	@TempDir
	Path home;

	@TempDir
	Path backups;

	private Database database;

	@AfterEach
	void close() {
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
	}

	@Test
	void aFreshDataFolderStartsWithAnEmptyDatabaseAndRemembersIt() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());

		assertEquals(List.of(), Notes.subjects(database));
		assertTrue(Files.isRegularFile(home.resolve("database.created")));
	}

	@Test
	void aDeletedDatabaseIsAnErrorNamingTheFolderAndTheBackupsNotANewDatabase() throws Exception {
		Path backup = withBackup();
		Folders.delete(home.resolve("db"));

		database.configure(DatabaseSettings.embedded(home));
		DatabaseException e = assertThrows(DatabaseException.class, () -> database.open(new NullProgressMonitor()));

		assertTrue(e.getMessage().contains(home.toString()), e.getMessage());
		assertTrue(e.getMessage().contains(backup.toString()), "the backups to restore are named: " + e.getMessage());
		assertFalse(Files.exists(home.resolve("db")), "no empty database was created");
		assertFalse(database.isOpen());
	}

	@Test
	void aBrokenDatabaseIsAnErrorNamingTheBackupsAndIsLeftAsItIs() throws Exception {
		Path backup = withBackup();
		Folders.delete(home.resolve("db/seg0"));

		database.configure(DatabaseSettings.embedded(home));
		DatabaseException e = assertThrows(DatabaseException.class, () -> database.open(new NullProgressMonitor()));

		assertTrue(e.getMessage().contains(home.resolve("db").toString()), e.getMessage());
		assertTrue(e.getMessage().contains(backup.toString()), e.getMessage());
		assertTrue(Files.isRegularFile(home.resolve("db/service.properties")), "the broken database is left as it is");
		assertThrows(DatabaseException.class, () -> database.open(new NullProgressMonitor()),
				"no empty database took its place");
	}

	@Test
	void aSwapInterruptedAfterTheDatabaseWasMovedAsideIsFinishedAtTheNextStart() throws Exception {
		Path backup = withBackup();
		// The state between the renames: the checked copy in db.restored, the database moved aside, no db.
		ForeignDatabase.restoreCopy(backup, home.resolve("db.restored"));
		Files.move(home.resolve("db"), home.resolve("db.before-restore-2026-12-03-101500"));

		database.configure(DatabaseSettings.embedded(home));
		database.open(new NullProgressMonitor());

		assertEquals(List.of("Kickoff"), Notes.subjects(database), "the backup's data is in place");
		assertFalse(Files.exists(home.resolve("db.restored")));
		assertTrue(Files.isDirectory(home.resolve("db.before-restore-2026-12-03-101500")),
				"the replaced data is kept until the start after");
	}

	@Test
	void aSwapInterruptedBeforeTheDatabaseWasMovedKeepsTheDatabase() throws Exception {
		Path backup = withBackup();
		ForeignDatabase.restoreCopy(backup, home.resolve("db.restored"));
		ForeignDatabase.restoreCopy(backup, home.resolve("db.restoring"));

		database.configure(DatabaseSettings.embedded(home));
		database.open(new NullProgressMonitor());

		assertEquals(List.of("Kickoff", "Written after the backup"), Notes.subjects(database));
		assertFalse(Files.exists(home.resolve("db.restored")));
		assertFalse(Files.exists(home.resolve("db.restoring")));
	}

	/** A database with one note, a backup of it, then a second note; closed. */
	private Path withBackup() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		Notes.save(database, 1, "Kickoff");
		Path backup = backups.resolve("friday");
		database.backup(backup, new NullProgressMonitor());
		Notes.save(database, 2, "Written after the backup");
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
		return backup;
	}
}
