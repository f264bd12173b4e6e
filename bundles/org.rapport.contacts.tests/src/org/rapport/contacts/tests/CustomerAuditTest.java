package org.rapport.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.StaleRecordException;

/** A customer's change and its audit rows are one transaction: both are saved, or neither is. */
class CustomerAuditTest extends WithCustomers {

	@Test
	void aChangeWhoseAuditRowTheDatabaseRefusesIsNotSavedEither() throws Exception {
		Customer opened = customers.create(person("Maju Berhad"));
		// The database refuses the audit row of this one change, as a full disk or a revoked grant would.
		sql("ALTER TABLE platform_audit_log ADD CONSTRAINT test_refuse_audit CHECK (new_value <> 'Cahaya Enterprise')");

		DatabaseException refused = assertThrows(DatabaseException.class,
				() -> customers.update(opened.id(), opened.version(), person("Cahaya Enterprise")));
		assertFalse(refused instanceof StaleRecordException, refused.getMessage());

		Customer stored = customers.find(opened.id()).orElseThrow();
		assertEquals("Maju Berhad", stored.input().company());
		assertEquals(opened.version(), stored.version());
		assertEquals(List.of("*"), fields(opened.id()));
	}

	@Test
	void theAuditRowCarriesTheSavedValueAndAStaleSaveWritesNeither() throws Exception {
		Customer opened = customers.create(person("Maju Berhad"));
		customers.update(opened.id(), opened.version(), person("Jaya Enterprise"));

		StaleRecordException stale = assertThrows(StaleRecordException.class,
				() -> customers.update(opened.id(), opened.version(), person("Cahaya Enterprise")));
		assertInstanceOf(org.rapport.contacts.ConcurrentEditException.class, stale);

		assertEquals("Jaya Enterprise", customers.find(opened.id()).orElseThrow().input().company());
		List<AuditEntry> history = history(opened.id());
		assertEquals(List.of("*", "company"), history.stream().map(AuditEntry::field).toList());
		assertEquals("Maju Berhad", history.get(1).oldValue());
		assertEquals("Jaya Enterprise", history.get(1).newValue());
	}

	private static CustomerInput person(String company) {
		return CustomerInput.person("Farid", "bin Osman", company, "farid@example.my", null);
	}

	private List<String> fields(long id) throws Exception {
		return history(id).stream().map(AuditEntry::field).toList();
	}

	private static List<AuditEntry> history(long id) throws Exception {
		return TestSupport.service(AuditLog.class).history(CustomerService.AUDIT_TYPE, String.valueOf(id));
	}

	private void sql(String statement) {
		database.jdbc().change(c -> {
			try (Statement st = c.createStatement()) {
				st.execute(statement);
			}
		});
	}
}
