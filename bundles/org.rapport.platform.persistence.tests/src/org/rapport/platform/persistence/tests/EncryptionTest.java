package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.Transactions;

/**
 * Encryption at rest of the embedded database: once encrypted, a name stored in it appears in none of its files nor
 * in its backup's, it opens only with its boot password (a wrong one is said so), and the settings file records that
 * it is encrypted but never the password.
 */
class EncryptionTest {

	private static final String NAME = "Rahmat Sulaiman Jaafar";
	private static final String BOOT = "Durian-musim-2026";

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
	void anEncryptedDatabaseHidesItsDataAndOpensOnlyWithItsBootPassword() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		insertNote(1, NAME);
		database.configure(DatabaseSettings.embedded(home));
		assertTrue(filesContain(home.resolve("db"), NAME), "the test sees a plain name in an unencrypted database");

		database.open(new NullProgressMonitor());
		assertThrows(DatabaseException.class, () -> database.encrypt("short", new NullProgressMonitor()));
		database.encrypt(BOOT, new NullProgressMonitor());
		assertTrue(database.isOpen());
		assertEquals(List.of(NAME), names(), "the data is kept");
		database.configure(DatabaseSettings.load(home).withPassword(""));
		assertFalse(filesContain(home.resolve("db"), NAME), "the name is in none of the database's files");

		String file = Files.readString(home.resolve(DatabaseSettings.FILE), StandardCharsets.ISO_8859_1);
		assertTrue(file.contains("database.encrypted=true"), file);
		assertFalse(file.contains(BOOT), "the boot password is never written");
		assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
				Files.getPosixFilePermissions(home.resolve(DatabaseSettings.FILE)));

		DatabaseSettings encrypted = DatabaseSettings.load(home);
		assertTrue(encrypted.encrypted());
		database.configure(encrypted.withPassword("Durian-musim-2025"));
		DatabaseException wrong = assertThrows(DatabaseException.class, () -> database.open(new NullProgressMonitor()));
		assertTrue(wrong.getMessage().contains("boot password is wrong"), wrong.getMessage());

		database.configure(encrypted.withPassword(BOOT));
		database.open(new NullProgressMonitor());
		assertEquals(List.of(NAME), names());
		Path backup = backups.resolve("monday");
		database.backup(backup, new NullProgressMonitor());
		assertFalse(filesContain(backup, NAME), "the backup is encrypted too");
		insertNote(2, "Someone added after the backup");
		database.restore(backup, new NullProgressMonitor());
		assertEquals(List.of(NAME), names(), "the encrypted backup restores with the same boot password");
	}

	private void insertNote(long id, String customer) {
		Transactions.inTransaction(database.entityManagerFactory(Note.class, "testkit"), em -> {
			em.persist(new Note(id, "Visit " + id, customer));
			return null;
		});
	}

	private List<String> names() {
		return Transactions.inTransaction(database.entityManagerFactory(Note.class, "testkit"),
				em -> em.createQuery("select n from Note n order by n.id", Note.class).getResultList().stream()
						.map(Note::customerName).toList());
	}

	/** Whether any file under the folder holds the text, as Derby would store it (UTF-8 or UTF-16). */
	private static boolean filesContain(Path folder, String text) throws IOException {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] content = Files.readAllBytes(file);
				if (indexOf(content, utf8) >= 0 || indexOf(content, utf16) >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
