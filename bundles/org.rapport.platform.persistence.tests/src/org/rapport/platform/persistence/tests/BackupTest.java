package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.persistence.Database;

class BackupTest {

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
	void restoringABackupGivesBackTheRowsOfThatMoment() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		save(1, "Kickoff", "Siti Nurhaliza");
		save(2, "Quote sent", "\u738b\u5c0f\u660e");

		Path backup = backups.resolve("monday");
		database.backup(backup, new NullProgressMonitor());
		assertTrue(Files.isRegularFile(backup.resolve("rapport-backup.properties")));

		save(3, "Written after the backup", "Rajesh Kumar");
		database.restore(backup, new NullProgressMonitor());

		assertEquals(List.of("Kickoff", "Quote sent"), subjects());
	}

	@Test
	void aFolderThatIsNotABackupIsRefusedAndNothingIsLost() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		save(1, "Kickoff", "Siti Nurhaliza");
		Path stranger = Files.createDirectories(backups.resolve("holiday-photos"));

		DatabaseException e = assertThrows(DatabaseException.class,
				() -> database.restore(stranger, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("holiday-photos"), e.getMessage());
		assertEquals(List.of("Kickoff"), subjects());
	}

	@Test
	void aBackupIsNeverWrittenOverAnotherFolderContents() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		Path used = Files.createDirectories(backups.resolve("used"));
		Files.writeString(used.resolve("report.txt"), "keep me");

		assertThrows(DatabaseException.class, () -> database.backup(used, new NullProgressMonitor()));
		assertEquals("keep me", Files.readString(used.resolve("report.txt")));
	}

	private void save(long id, String subject, String customer) {
		Transactions.inTransaction(database.entityManagerFactory(Note.class, "testkit"), em -> {
			em.persist(new Note(id, subject, customer));
			return null;
		});
	}

	private List<String> subjects() {
		return Transactions.inTransaction(database.entityManagerFactory(Note.class, "testkit"),
				em -> em.createQuery("select n from Note n order by n.id", Note.class).getResultList().stream()
						.map(Note::subject).toList());
	}
}
