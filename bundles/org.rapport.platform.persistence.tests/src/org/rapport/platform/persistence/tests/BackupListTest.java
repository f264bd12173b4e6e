package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.persistence.Backup;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseSettings;

/** Backups are verified when written, and listed newest first with their size, wherever they were written. */
class BackupListTest {

	@TempDir
	Path home;

	@TempDir
	Path elsewhere;

	private Database database;

	@AfterEach
	void close() {
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
	}

	@Test
	void backupsListsWhatBackupMadeNewestFirst() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		Notes.save(database, 1, "Kickoff");
		Path inside = home.resolve("backups").resolve("monday");
		Backup first = database.backup(inside, new NullProgressMonitor());
		Notes.save(database, 2, "Quote sent");
		Path usb = elsewhere.resolve("usb-stick");
		Backup second = database.backup(usb, new NullProgressMonitor());
		Path gone = elsewhere.resolve("deleted-later");
		database.backup(gone, new NullProgressMonitor());
		Folders.delete(gone);

		List<Backup> listed = database.backups();

		assertEquals(List.of(usb, inside), listed.stream().map(Backup::folder).toList());
		assertTrue(listed.stream().allMatch(b -> b.bytes() > 100_000 && b.verified()), listed.toString());
		assertEquals(second.created(), listed.get(0).created());
		assertTrue(first.created().isBefore(second.created()));
		database.configure(DatabaseSettings.embedded(home));
		assertEquals(2, database.backups().size(), "listed without opening the database");
	}

	@Test
	void aBackupCarriesTheChecksumsOfItsFilesAndLeavesNoScratchCopy() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		Path folder = elsewhere.resolve("verified");
		database.backup(folder, new NullProgressMonitor());

		Properties marker = new Properties();
		try (Reader in = Files.newBufferedReader(folder.resolve("rapport-backup.properties"), StandardCharsets.UTF_8)) {
			marker.load(in);
		}
		assertTrue(marker.containsKey("verified"), marker.toString());
		assertTrue(marker.containsKey("file.service.properties"), marker.toString());
		assertTrue(marker.stringPropertyNames().stream().filter(k -> k.startsWith("file.seg0/")).count() > 10);
		try (var inside = Files.list(folder)) {
			assertEquals(List.of("db", "rapport-backup.properties"),
					inside.map(p -> p.getFileName().toString()).sorted().toList());
		}
		assertFalse(Files.exists(folder.resolve(".verify")));
	}
}
