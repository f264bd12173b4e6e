package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.SqlDialect;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.validation.ValidationException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** The one JDBC layer: transactions that always end, readable errors, ids that never repeat, stale versions. */
class JdbcTest {

	@TempDir
	Path home;

	private Database database;

	@BeforeEach
	void open() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
	}

	@AfterEach
	void close() {
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
	}

	@Test
	void aRefusalInTheMiddleLeavesNothingOfTheChangeNorItsAuditEntry() throws Exception {
		AuditLog audit = TestDatabase.service(AuditLog.class);
		assertThrows(ValidationException.class, () -> database.jdbc().change(c -> {
			Rows.update(c, "INSERT INTO testkit_note (id, version, subject) VALUES (?, 1, ?)", 1L, "Visit");
			audit.record(c, "testkit.note", "1", "*", null, "Visit");
			throw new ValidationException("subject", "refused after the first row");
		}));

		assertEquals(0, notes());
		assertTrue(audit.history("testkit.note", "1").isEmpty(), "the audit entry went with the change");
	}

	@Test
	void aDuplicateIsReportedInWordsAndTheFirstRowStays() {
		database.jdbc().change(c -> Rows.update(c, "INSERT INTO testkit_note (id, version, subject) VALUES (1, 1, 'Call')"));

		DatabaseException e = assertThrows(DatabaseException.class, () -> database.jdbc().change(c -> {
			Rows.update(c, "INSERT INTO testkit_note (id, version, subject) VALUES (2, 1, 'Visit')");
			Rows.update(c, "INSERT INTO testkit_note (id, version, subject) VALUES (3, 1, 'Call')");
		}));

		assertEquals("23505", e.sqlState());
		assertTrue(e.getMessage().startsWith("This record exists already"), e.getMessage());
		assertEquals(1, notes(), "the second note went with the failed transaction, the first stayed");
	}

	@Test
	void aValueTooLongForItsColumnIsNamedAsSuch() {
		DatabaseException e = assertThrows(DatabaseException.class, () -> database.jdbc().change(c -> Rows
				.update(c, "INSERT INTO testkit_note (id, version, subject) VALUES (1, 1, ?)", "x".repeat(201))));
		assertTrue(e.getMessage().startsWith("A value is longer than the database allows"), e.getMessage());
	}

	@Test
	void twoClientsDrawingFromOneSequenceNeverGetTheSameId() {
		Jdbc other = new Jdbc(database.dataSource(), SqlDialect.DERBY);
		Set<Long> ids = new HashSet<>();
		database.jdbc().change(c -> {
			for (int i = 0; i < 120; i++) {
				assertTrue(ids.add(database.jdbc().nextId(c, "testkit_seq")));
				assertTrue(ids.add(other.nextId(c, "testkit_seq")));
			}
		});
		assertEquals(240, ids.size());
		assertTrue(ids.stream().allMatch(id -> id > 0), "blocks end at the value read, and the first is 50");
	}

	@Test
	void aSaveOverAnotherUsersNewerSaveIsRefusedAndKeepsTheirs() {
		EntityManagerFactory factory = database.entityManagerFactory(Note.class, "testkit");
		Transactions.change(factory, em -> em.persist(new Note(5, "Quarterly review", "Tan Mei Ling")));

		EntityManager mine = factory.createEntityManager();
		Note opened = mine.find(Note.class, 5L);
		Transactions.change(factory, em -> em.find(Note.class, 5L).rename("Review moved to Friday"));

		opened.rename("Review cancelled");
		StaleRecordException e = assertThrows(StaleRecordException.class,
				() -> Transactions.change(factory, em -> em.merge(opened)));
		mine.close();

		assertTrue(e.getMessage().startsWith("Someone else saved this record"), e.getMessage());
		assertEquals(List.of("Review moved to Friday"), database.jdbc().query("SELECT subject FROM testkit_note",
				List.of(), rs -> rs.getString(1)));
	}

	@Test
	void jpaAndSqlInOneUnitOfWorkCommitAndRollBackTogether() throws Exception {
		EntityManagerFactory factory = database.entityManagerFactory(Note.class, "testkit");
		AuditLog audit = TestDatabase.service(AuditLog.class);
		assertThrows(IllegalStateException.class, () -> Transactions.change(factory, em -> {
			em.persist(new Note(8, "Site visit", "\u674e\u56db"));
			em.flush();
			Transactions.sql(em, c -> {
				audit.record(c, "testkit.note", "8", "*", null, "Site visit");
				return null;
			});
			throw new IllegalStateException("crash after both");
		}));
		assertEquals(0, notes());
		assertTrue(audit.history("testkit.note", "8").isEmpty());

		Transactions.change(factory, em -> {
			em.persist(new Note(9, "Site visit", "\u674e\u56db"));
			em.flush();
			Transactions.sql(em, c -> {
				audit.record(c, "testkit.note", "9", "*", null, "Site visit");
				return null;
			});
		});
		assertEquals(1, notes());
		assertEquals(1, audit.history("testkit.note", "9").size());
	}

	private int notes() {
		return database.jdbc().first("SELECT COUNT(*) FROM testkit_note", List.of(), rs -> rs.getInt(1)).orElseThrow();
	}
}
