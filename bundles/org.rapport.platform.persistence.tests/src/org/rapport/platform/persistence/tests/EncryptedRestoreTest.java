package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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

/** Restores keep an encrypted database encrypted, and never put an encrypted backup where it cannot be opened. */
class EncryptedRestoreTest {

	private static final String BOOT = "Durian-musim-2026";

	@TempDir
	Path home;

	@TempDir
	Path other;

	@TempDir
	Path backups;

	private Database database;

	@AfterEach
	void close() {
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
	}

	@Test
	void aBackupMadeBeforeEncryptionIsRestoredEncrypted() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		Notes.save(database, 1, "Kickoff");
		Path plain = backups.resolve("before-encryption");
		database.backup(plain, new NullProgressMonitor());
		database.encrypt(BOOT, new NullProgressMonitor());
		Notes.save(database, 2, "Written after the backup");

		database.restore(plain, new NullProgressMonitor());

		assertEquals(List.of("Kickoff"), Notes.subjects(database));
		String service = Files.readString(home.resolve("db/service.properties"), StandardCharsets.ISO_8859_1);
		assertTrue(service.contains("dataEncryption=true"), "restored encrypted, like the database it replaced");
		database.configure(DatabaseSettings.load(home).withPassword(BOOT));
		database.open(new NullProgressMonitor());
		assertEquals(List.of("Kickoff"), Notes.subjects(database));
	}

	@Test
	void anEncryptedBackupIsNotRestoredOverADatabaseWithoutEncryption() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		database.encrypt(BOOT, new NullProgressMonitor());
		Notes.save(database, 1, "Kickoff");
		Path encrypted = backups.resolve("encrypted");
		database.backup(encrypted, new NullProgressMonitor());

		database.configure(DatabaseSettings.embedded(other));
		database.open(new NullProgressMonitor());
		Notes.save(database, 7, "Plain data");
		DatabaseException e = assertThrows(DatabaseException.class,
				() -> database.restore(encrypted, new NullProgressMonitor()));

		assertTrue(e.getMessage().contains("encrypted") && e.getMessage().contains("Nothing was changed"),
				e.getMessage());
		assertEquals(List.of("Plain data"), Notes.subjects(database));
		assertFalse(Files.exists(other.resolve("db.restoring")));
	}
}
