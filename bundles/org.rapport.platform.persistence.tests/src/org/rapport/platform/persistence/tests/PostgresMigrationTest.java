package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.Transactions;

/**
 * The server option on a real PostgreSQL (the test command creates the database rapport_test when it can
 * start a server; the property rapport.test.postgres names it as host:port/database).
 */
@EnabledIfSystemProperty(named = "rapport.test.postgres", matches = ".+:\\d+/.+")
class PostgresMigrationTest {

	@TempDir
	Path home;

	private Database database;

	@AfterEach
	void close() {
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
	}

	@Test
	void migrationsEntitiesAndTheAuditLogWorkOnPostgres() throws Exception {
		database = TestDatabase.configured(server("rapport_test"));
		database.open(new NullProgressMonitor());
		assertTrue(database.info().product().startsWith("PostgreSQL"), database.info().product());
		assertEquals(3, database.info().changeSets().get("org.rapport.platform.persistence.tests"));

		long id = System.nanoTime();
		Transactions.inTransaction(database.entityManagerFactory(Note.class, "testkit"), em -> {
			em.persist(new Note(id, "Site visit", "\u9648\u5fd7\u660e"));
			return null;
		});
		List<String> customers = Transactions.inTransaction(database.entityManagerFactory(Note.class, "testkit"),
				em -> em.createQuery("select n from Note n where n.id = :id", Note.class).setParameter("id", id)
						.getResultList().stream().map(Note::customerName).toList());
		assertEquals(List.of("\u9648\u5fd7\u660e"), customers);

		AuditLog audit = TestDatabase.service(AuditLog.class);
		database.jdbc().change(c -> audit.record(c, "contacts.customer", String.valueOf(id), "email", null,
				"chen@example.com.my"));
		assertEquals("chen@example.com.my", audit.history("contacts.customer", String.valueOf(id)).get(0).newValue());
	}

	@Test
	void aWrongPasswordIsReportedWithWhatToDo() throws Exception {
		DatabaseSettings good = server("rapport_test");
		database = TestDatabase.configured(new DatabaseSettings(home, DatabaseKind.POSTGRESQL, good.host(), good.port(),
				good.name(), good.user(), "wrong-password"));
		DatabaseException e = assertThrows(DatabaseException.class, () -> database.open(new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("rapport_test"), e.getMessage());
		assertTrue(e.getMessage().contains("Preferences"), e.getMessage());
	}

	private DatabaseSettings server(String password) {
		String spec = System.getProperty("rapport.test.postgres");
		String host = spec.substring(0, spec.indexOf(':'));
		int port = Integer.parseInt(spec.substring(spec.indexOf(':') + 1, spec.indexOf('/')));
		String name = spec.substring(spec.indexOf('/') + 1);
		return new DatabaseSettings(home, DatabaseKind.POSTGRESQL, host, port, name, name, password);
	}
}
