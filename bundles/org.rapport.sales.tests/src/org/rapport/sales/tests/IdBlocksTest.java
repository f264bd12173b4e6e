package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.Rows;
import org.rapport.sales.LeadInput;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.OpportunityInput;

/**
 * Ids of sales records from sales_seq: those an older Rapport handed out (each value drawn STARTED its block of 50)
 * are never handed out again now that each value drawn ENDS its block, whether an entity or a bulk import takes them,
 * across openings of the database.
 */
class IdBlocksTest extends WithCustomers {

	private static final int BLOCK = 50;

	private Opportunities opportunities;
	private Leads leads;
	private Customer buyer;

	@BeforeEach
	void services() throws Exception {
		opportunities = TestSupport.service(Opportunities.class);
		leads = TestSupport.service(Leads.class);
		buyer = customers.create(CustomerInput.person("Wei Jie", "Lim", "Harmoni Sdn Bhd", "weijie@harmoni.my", null));
	}

	@Test
	void idsTakenByTheOldRuleAreNeverHandedOutAgain() throws Exception {
		// The database as an older Rapport left it: the change of rule not yet applied, and the last block it drew
		// taken up to its last id (by the old rule, the value drawn and the 49 after it).
		long drawn = database.jdbc().inTransaction(c -> {
			Rows.update(c, "DELETE FROM DATABASECHANGELOG WHERE ID = '13-ids-end-their-block'"
					+ " AND FILENAME LIKE '%org.rapport.sales%'");
			long value = Rows.first(c, database.jdbc().dialect().nextValueQuery("sales_seq"), List.of(),
					rs -> rs.getLong(1)).orElseThrow();
			Rows.update(c, "INSERT INTO sales_lead (id, name, source, status, created_at) VALUES (?, ?, ?, ?, ?)",
					value + BLOCK - 1, "Last lead of the old block", "web", "NEW", Instant.now());
			return value;
		});
		reopen();
		List<Long> ids = new ArrayList<>(List.of(drawn + BLOCK - 1));
		ids.addAll(makeSome(60));
		reopen();
		ids.addAll(makeSome(60));

		assertEquals(ids.size(), new HashSet<>(ids).size(), "every id once: " + ids);
		assertTrue(ids.stream().skip(1).allMatch(id -> id < drawn || id >= drawn + BLOCK),
				"nothing more from the old block " + drawn + ".." + (drawn + BLOCK - 1) + ": " + ids);
	}

	/** Opportunities and leads made one by one (entities) and a file of leads (bulk SQL); their ids. */
	private List<Long> makeSome(int n) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ids.add(opportunities.create(new OpportunityInput(buyer.id(), "Deal " + i, Money.of("1000", "MYR"),
					LocalDate.now().plusDays(30), null, null, null, null)).id());
			ids.add(leads.create(new LeadInput("Lead " + i, null, null, null, "web", null)).id());
		}
		StringBuilder file = new StringBuilder("name\n");
		for (int i = 0; i < n; i++) {
			file.append("Imported ").append(System.nanoTime()).append('\n');
		}
		Set<Long> before = new HashSet<>(allLeadIds());
		leads.importLeads(new StringReader(file.toString()), "ids.csv", new NullProgressMonitor());
		allLeadIds().stream().filter(id -> !before.contains(id)).forEach(ids::add);
		return ids;
	}

	private List<Long> allLeadIds() {
		return database.jdbc().query("SELECT id FROM sales_lead", List.of(), rs -> rs.getLong(1));
	}

	/** Closed and opened again: new id blocks for entities and SQL alike, and migrations not yet applied run. */
	private void reopen() throws Exception {
		database.configure(DatabaseSettings.embedded(home));
		database.open(new NullProgressMonitor());
	}
}
