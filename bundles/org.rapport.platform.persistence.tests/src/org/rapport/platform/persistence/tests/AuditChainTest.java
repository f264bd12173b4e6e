package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.audit.AuditCheck;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.Rows;

/**
 * The audit log's hash chain on the embedded database: whole as written, and a check that names the first entry
 * someone altered or deleted behind Rapport's back.
 */
class AuditChainTest {

	@TempDir
	Path home;

	private Database database;
	private AuditLog audit;

	@BeforeEach
	void open() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		audit = TestDatabase.service(AuditLog.class);
		for (int i = 1; i <= 5; i++) {
			String value = "credit " + i * 1000;
			database.jdbc().change(c -> audit.record(c, "contacts.customer", "42", "creditLimit", null, value));
		}
	}

	@AfterEach
	void close() {
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
	}

	@Test
	void aChainAsWrittenIsWholeAndEntriesAreListedByDayAndUser() {
		AuditCheck check = audit.verify();
		assertTrue(check.whole(), check.problem());
		assertEquals(6, check.checked(), "the administrator's entry and five changes");
		List<AuditEntry> today = audit.recent(null, LocalDate.now(), 3);
		assertEquals(List.of("credit 5000", "credit 4000", "credit 3000"),
				today.stream().map(AuditEntry::newValue).toList(), "newest first, at most the limit");
		assertEquals(5, audit.recent(today.get(0).user(), null, 100).stream()
				.filter(e -> e.entityId().equals("42")).count());
		assertEquals(0, audit.recent("somebody-else", null, 100).size());
	}

	@Test
	void anEntryAlteredBehindRapportsBackBreaksTheChainThere() {
		database.jdbc().change(c -> Rows.update(c,
				"UPDATE platform_audit_log SET new_value = 'credit 99000' WHERE new_value = 'credit 3000'"));
		AuditCheck check = audit.verify();
		assertFalse(check.whole());
		assertEquals(4, check.brokenAt(), "the third change, after the administrator's entry");
		assertTrue(check.problem().contains("altered"), check.problem());
	}

	@Test
	void aDeletedEntryIsMissedEvenAtTheEnd() {
		database.jdbc().change(c -> Rows.update(c, "DELETE FROM platform_audit_log WHERE new_value = 'credit 5000'"));
		AuditCheck check = audit.verify();
		assertFalse(check.whole());
		assertEquals(6, check.brokenAt());
		assertTrue(check.problem().contains("missing"), check.problem());
	}
}
