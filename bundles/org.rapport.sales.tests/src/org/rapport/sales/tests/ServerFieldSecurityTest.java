package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.ContactTransfer.Reading;
import org.rapport.contacts.ContactTransfer.Summary;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.testing.OnServerDatabase;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.FieldAccess;
import org.rapport.platform.security.FieldSecurity;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.User;

/**
 * Sensitive fields on the real PostgreSQL server: the credit limit and tax id a rep's role may not read are out of the
 * rep's reach over plain JDBC too (column privileges), an analyst reads but cannot change them, and Rapport itself
 * still works for the rep without touching them.
 */
@EnabledIfSystemProperty(named = TestSupport.POSTGRES, matches = ".+:\\d+/.+")
class ServerFieldSecurityTest extends OnServerDatabase {

	private static final String CUSTOMER = "contacts.customer";

	private final String run = Long.toString(System.nanoTime(), 36);

	@Test
	void aRepCannotReadOrWriteTheCreditLimitOverPlainJdbcWhileAnAnalystReadsIt() throws Exception {
		Directory directory = TestSupport.service(Directory.class);
		String ana = "rapport_test_ana_" + run;
		String ian = "rapport_test_ian_" + run;
		directory.save(new User(ana, "Ana Lim", "sales", Set.of(Role.SALES_REP)));
		directory.save(new User(ian, "Ian Goh", "analytics", Set.of(Role.ANALYST)));
		String anaPassword = directory.issuePassword(ana);
		String ianPassword = directory.issuePassword(ian);
		CustomerService customers = TestSupport.service(CustomerService.class);
		CustomerInput in = CustomerInput.person("Farah", "Aziz", "Teras " + run, run + "@teras.my", null);
		Customer buyer = customers.create(withSecrets(in, new BigDecimal("50000"), "C-" + run));
		String where = " FROM contacts_customer WHERE id = " + buyer.id();

		try (Connection c = connectAs(ana, anaPassword); Statement st = c.createStatement()) {
			assertEquals("Farah Aziz", text(st, "SELECT display_name" + where), "the rest of the customer is open");
			assertThrows(SQLException.class, () -> st.executeQuery("SELECT credit_limit" + where));
			assertThrows(SQLException.class, () -> st.executeQuery("SELECT tax_id" + where));
			assertThrows(SQLException.class, () -> st.executeQuery("SELECT *" + where), "nor by a wildcard");
			assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE contacts_customer SET credit_limit = 1"
					+ " WHERE id = " + buyer.id()), "nor changed");
		}
		try (Connection c = connectAs(ian, ianPassword); Statement st = c.createStatement()) {
			assertEquals("50000", text(st, "SELECT CAST(credit_limit AS INTEGER)" + where), "an analyst reads it");
			assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE contacts_customer SET credit_limit = 1"
					+ " WHERE id = " + buyer.id()), "but does not change it");
		}

		FieldSecurity fields = TestSupport.service(FieldSecurity.class);
		fields.setAccess(CUSTOMER, "credit_limit", Role.SALES_REP, FieldAccess.READ_ONLY);
		try (Connection c = connectAs(ana, anaPassword); Statement st = c.createStatement()) {
			assertEquals("50000", text(st, "SELECT CAST(credit_limit AS INTEGER)" + where),
					"once an administrator lets reps read it, the server does at once");
			assertThrows(SQLException.class, () -> st.executeQuery("SELECT tax_id" + where), "the tax id stays out");
		} finally {
			fields.setAccess(CUSTOMER, "credit_limit", Role.SALES_REP, FieldAccess.HIDDEN);
		}

		DatabaseSettings owner = database.settings();
		database.configure(owner.withLogin(ana, anaPassword));
		database.open(new NullProgressMonitor());
		Customer seen = customers.find(buyer.id()).orElseThrow();
		assertNull(seen.input().taxId(), "Rapport shows the rep no tax id");
		Customer renamed = customers.update(seen.id(), seen.version(), rename(seen.input(), "Farah Binti"));
		assertEquals("Farah Binti Aziz", renamed.name(), "and the rep still saves the customer");
		Customer created = customers.create(withSecrets(CustomerInput.person("Omar", "Said", null, run + "@said.my",
				null), new BigDecimal("999"), "T-1"));
		assertNull(created.input().creditLimit());

		database.configure(owner);
		database.open(new NullProgressMonitor());
		Customer stored = customers.find(buyer.id()).orElseThrow();
		assertEquals(0, new BigDecimal("50000").compareTo(stored.input().creditLimit()), "the rep's save kept it");
		assertEquals("C-" + run, stored.input().taxId());
		assertNull(customers.find(created.id()).orElseThrow().input().creditLimit(),
				"a rep cannot set a credit limit on a new customer either");
	}

	@Test
	void aManagerWhoMayNotSeeCreditLimitsStillImportsContactsOnTheServer() throws Exception {
		Directory directory = TestSupport.service(Directory.class);
		String mia = "rapport_test_mia_" + run;
		directory.save(new User(mia, "Mia Wong", "sales", Set.of(Role.SALES_MANAGER)));
		String miaPassword = directory.issuePassword(mia);
		FieldSecurity fields = TestSupport.service(FieldSecurity.class);
		fields.setAccess(CUSTOMER, "credit_limit", Role.SALES_MANAGER, FieldAccess.HIDDEN);
		Path file = home.resolve("fair.csv");
		Files.writeString(file, "Name,Company,Email\nRosli Hamid,Hamid Trading," + run + "@hamid.my\n");
		DatabaseSettings owner = database.settings();
		try {
			database.configure(owner.withLogin(mia, miaPassword));
			database.open(new NullProgressMonitor());
			Summary summary = TestSupport.service(ContactTransfer.class).importFile(file, Reading.detected(),
					OnDuplicate.SKIP, new NullProgressMonitor());
			assertEquals(1, summary.imported(), "the import names no column the manager may not write");
		} finally {
			database.configure(owner);
			database.open(new NullProgressMonitor());
			fields.setAccess(CUSTOMER, "credit_limit", Role.SALES_MANAGER, FieldAccess.EDIT);
		}
	}

	private static String text(Statement st, String sql) throws SQLException {
		try (ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static CustomerInput withSecrets(CustomerInput in, BigDecimal credit, String taxId) {
		return new CustomerInput(in.kind(), in.name(), in.givenName(), in.familyName(), in.accountId(), in.company(),
				in.jobTitle(), in.accountRole(), in.industry(), in.companySize(), in.region(), in.city(), in.country(),
				in.source(), in.stage(), in.vipTier(), in.active(), in.owner(), in.channels(), in.tags(), credit,
				in.currency(), in.paymentTerms(), taxId, in.billingAddress());
	}

	private static CustomerInput rename(CustomerInput in, String givenName) {
		return new CustomerInput(in.kind(), in.name(), givenName, in.familyName(), in.accountId(), in.company(), in.jobTitle(), in.accountRole(), in.industry(),
				in.companySize(), in.region(), in.city(), in.country(), in.source(), in.stage(), in.vipTier(),
				in.active(), in.owner(), in.channels(), in.tags(), in.creditLimit(), in.currency(), in.paymentTerms(),
				in.taxId(), in.billingAddress());
	}
}
