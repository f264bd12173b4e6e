package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.persistence.Database;

class MigrationTest {

	@TempDir
	Path home;

	private Database database;

	@AfterEach
	void close() {
		if (database != null) {
			database.configure(DatabaseSettings.embedded(home.resolve("idle")));
		}
	}

	@Test
	void migrationsCreateEveryModulesTablesInAFreshDatabase() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());

		assertTrue(Files.isDirectory(home.resolve("db")), "the embedded database lives in the data folder");
		assertEquals(6, database.info().changeSets().get("org.rapport.platform"),
				"audit log, directory, approvals, sharing, chain, field security");
		assertEquals(3, database.info().changeSets().get("org.rapport.platform.persistence.tests"));
		assertTrue(database.info().product().startsWith("Apache Derby 10.16"), database.info().product());
		assertEquals(0, count("testkit_note"));
		assertEquals(1, count("platform_audit_log"), "one entry only: who became the database's administrator");
		assertEquals(1, count("platform_user"), "its administrator");
	}

	@Test
	void openingAnUpToDateDatabaseAgainChangesNothing() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		insertNote(1, "First call", "Tan Mei Ling");
		int changeSets = count("DATABASECHANGELOG");

		database.configure(DatabaseSettings.embedded(home));
		database.open(new NullProgressMonitor());

		assertEquals(changeSets, count("DATABASECHANGELOG"));
		assertEquals(1, count("testkit_note"));
	}

	@Test
	void entitiesOfAModuleAreReadThroughItsOwnPersistenceUnit() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		insertNote(7, "Renewal visit", "\u5f20\u4e09");

		List<String> customers = Transactions.inTransaction(database.entityManagerFactory(Note.class, "testkit"),
				em -> em.createQuery("select n from Note n", Note.class).getResultList().stream()
						.map(Note::customerName).toList());
		assertEquals(List.of("\u5f20\u4e09"), customers);
	}

	@Test
	void theAuditLogKeepsWhoChangedWhatInOrder() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		AuditLog audit = TestDatabase.service(AuditLog.class);

		database.jdbc().change(c -> {
			audit.record(c, "contacts.customer", "42", "email", "old@example.com", "new@example.com");
			audit.record(c, "contacts.customer", "42", "vipTier", null, "gold");
			audit.record(c, "contacts.customer", "43", "email", null, "x@example.com");
		});

		List<AuditEntry> history = audit.history("contacts.customer", "42");
		assertEquals(List.of("email", "vipTier"), history.stream().map(AuditEntry::field).toList());
		assertEquals("new@example.com", history.get(0).newValue());
		assertEquals(System.getProperty("user.name"), history.get(0).user());
	}

	@Test
	void aDatabaseThatCannotBeOpenedIsReportedWithItsLocation() throws Exception {
		Path file = Files.writeString(home.resolve("not-a-folder.txt"), "x");
		database = TestDatabase.embeddedIn(file);
		DatabaseException e = assertThrows(DatabaseException.class, () -> database.open(new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("not-a-folder.txt"), e.getMessage());
		assertEquals("x", Files.readString(file));
	}

	private void insertNote(long id, String subject, String customer) {
		Transactions.inTransaction(database.entityManagerFactory(Note.class, "testkit"), em -> {
			em.persist(new Note(id, subject, customer));
			return null;
		});
	}

	private int count(String table) throws SQLException {
		try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getInt(1);
		}
	}
}
