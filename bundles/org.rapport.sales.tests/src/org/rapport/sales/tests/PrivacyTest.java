package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.engagement.InteractionInput;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.internal.security.LocalSecurityContext;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.privacy.ErasureReport;
import org.rapport.platform.privacy.PersonalData;
import org.rapport.platform.privacy.PersonalRecord;
import org.rapport.platform.privacy.Privacy;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.ExpenseInput;
import org.rapport.sales.ExpenseKind;
import org.rapport.sales.Expenses;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadConversion;
import org.rapport.sales.LeadInput;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;

/**
 * A person's rights over their data across the contacts, engagement and sales modules: everything held about them
 * exported into one folder (JSON and CSV), and erased on request so that no table but the hash-chained audit log
 * still holds their name or email, while the deal's amount and stage stay; administrators only; all or nothing.
 */
class PrivacyTest extends WithCustomers {

	private static final User REP = new User("aisyah", "Nur Aisyah", "sales", Set.of(Role.SALES_REP));
	private static final String EMAIL = "meiling.tanaka@harmoni.my";

	private LocalSecurityContext security;
	private Privacy privacy;
	private Opportunities opportunities;
	private Interactions interactions;
	private AuditLog audit;
	private Customer meiling;
	private Opportunity deal;

	@BeforeEach
	void aCustomerWithATimelineAndADeal() throws Exception {
		security = (LocalSecurityContext) TestSupport.service(SecurityContext.class);
		privacy = TestSupport.service(Privacy.class);
		opportunities = TestSupport.service(Opportunities.class);
		interactions = TestSupport.service(Interactions.class);
		audit = TestSupport.service(AuditLog.class);
		meiling = customers.create(CustomerInput.person("Meiling", "Tanaka", "Harmoni Sdn Bhd", EMAIL,
				"+60 12-765 4321"));
		interactions.record(new InteractionInput(meiling.id(), InteractionType.CALL,
				Instant.now().minus(1, ChronoUnit.DAYS), 15, "+60 12-765 4321", List.of(),
				"Meiling Tanaka asked about the loyalty programme for her clinic", "Send Meiling the brochure",
				Instant.now().plus(2, ChronoUnit.DAYS)));
		deal = opportunities.create(new OpportunityInput(meiling.id(), "Loyalty programme for Meiling Tanaka",
				Money.of("12000", "MYR"), LocalDate.now().plusDays(30), null, "negotiation", null, null,
				"Call Meiling on Friday", "Tanaka's cousin at Pelangi Rewards"));
		Leads leads = TestSupport.service(Leads.class);
		Lead lead = leads.create(new LeadInput("Meiling Tanaka", "Harmoni Sdn Bhd", EMAIL, null, "referral",
				"Selangor"));
		leads.convert(lead.id(), lead.version(), new LeadConversion(null, meiling.id(), null));
		TestSupport.service(Expenses.class).claim(new ExpenseInput(ExpenseKind.ENTERTAINMENT, Money.of("180", "MYR"),
				LocalDate.now(), meiling.id(), deal.id(), "Lunch with Meiling Tanaka"));
	}

	@AfterEach
	void signOut() {
		security.signIn(null);
	}

	@Test
	void theExportHoldsTheNameEmailTimelineAndDealInJsonAndOneCsvPerRecordType() throws Exception {
		Path folder = home.resolve("meiling");
		Path json = privacy.export(meiling.id(), folder, new NullProgressMonitor());

		assertEquals(folder.resolve("customer-" + meiling.id() + ".json"), json);
		String text = Files.readString(json, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("{\n  \"customer\": " + meiling.id() + ","), text);
		for (String held : List.of("\"Meiling\"", "\"Tanaka\"", EMAIL, "asked about the loyalty programme",
				"Loyalty programme for Meiling Tanaka", "12000.00", "Lunch with Meiling Tanaka", "platform.audit")) {
			assertTrue(text.contains(held), held + " in " + text);
		}
		String people = csv(folder, "contacts-contacts.customer.csv");
		assertTrue(people.startsWith("id,kind,name,givenName,familyName,company,"), people);
		assertTrue(people.contains("Meiling Tanaka"), people);
		String deals = csv(folder, "sales-sales.opportunity.csv");
		assertTrue(deals.startsWith("id,name,amount,currency,closeDate,process,stage,"), deals);
		assertTrue(deals.contains(deal.id() + ",Loyalty programme for Meiling Tanaka,12000.00,MYR,"), deals);
		assertTrue(csv(folder, "engagement-contacts.interaction.csv").startsWith("id,type,at,minutes,channel,"));
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.filter(f -> f.toString().endsWith(".csv")).count() >= 6, "a CSV per module and type");
		}

		assertThrows(ValidationException.class, () -> privacy.export(meiling.id(), folder, new NullProgressMonitor()),
				"a folder holding files is not written into");
		List<AuditEntry> exports = audit.history(Privacy.EXPORT_AUDIT, String.valueOf(meiling.id()));
		assertEquals(1, exports.size());
		assertFalse(exports.get(0).newValue().contains("Meiling"), "the audit entry holds no personal value");
	}

	@Test
	void afterErasureNoTableButTheAuditLogHoldsTheNameOrEmailAndTheDealKeepsItsAmountAndStage() throws Exception {
		assertTrue(holding("meiling").contains("CONTACTS_CUSTOMER.DISPLAY_NAME"), "the check sees the name");
		assertTrue(holding(EMAIL).contains("CONTACTS_CHANNEL.CHANNEL_VALUE"), "the check sees the email");
		assertTrue(holding("meiling").contains("PLATFORM_APPROVAL.SUMMARY"), "the claim's approval names her");
		Opportunity before = opportunities.find(deal.id()).orElseThrow();

		ErasureReport report = privacy.erase(meiling.id());

		assertEquals(List.of(), holding("meiling"));
		assertEquals(List.of(), holding("tanaka"));
		assertEquals(List.of(), holding(EMAIL));
		assertTrue(report.changed().get("contacts") >= 3, "the customer, two channels: " + report);
		assertTrue(report.changed().get("engagement") >= 2, "the call and its follow-up task: " + report);
		assertTrue(report.changed().get("sales") >= 3, "the lead, the deal, the expense: " + report);
		assertEquals(1, report.changed().get("platform"), "the expense's approval request: " + report);
		Opportunity after = opportunities.find(deal.id()).orElseThrow();
		assertEquals(PersonalData.ERASED, after.name());
		assertEquals(before.amount(), after.amount());
		assertEquals("negotiation", after.stageId());
		assertEquals(before.closeDate(), after.closeDate());
		Customer erased = customers.find(meiling.id()).orElseThrow();
		assertEquals(PersonalData.ERASED, erased.name());
		assertEquals(List.of(), erased.input().channels());
		assertFalse(erased.input().active(), "an erased customer is not contacted any more");

		// The audit log keeps its entries (legal retention, hash chain), unbroken, and records the erasure itself.
		assertTrue(report.auditEntriesKept() > 0);
		assertTrue(audit.history(CustomerService.AUDIT_TYPE, String.valueOf(meiling.id())).stream()
				.anyMatch(e -> "Meiling Tanaka".equals(e.newValue())));
		assertTrue(audit.verify().whole());
		List<AuditEntry> erasures = audit.history(Privacy.ERASURE_AUDIT, String.valueOf(meiling.id()));
		assertEquals(1, erasures.size());
		assertFalse(erasures.get(0).newValue().toLowerCase().contains("meiling"), erasures.get(0).newValue());

		ErasureReport again = privacy.erase(meiling.id());
		assertEquals(0, again.total(), "nothing is left to erase: " + again);
		assertEquals(before.amount(), opportunities.find(deal.id()).orElseThrow().amount());
		assertEquals(PersonalData.ERASED, customers.find(meiling.id()).orElseThrow().name());
	}

	@Test
	void onlyAnAdministratorExportsOrErases() {
		security.signIn(REP);
		assertThrows(AccessDeniedException.class,
				() -> privacy.export(meiling.id(), home.resolve("by-rep"), new NullProgressMonitor()));
		assertThrows(AccessDeniedException.class, () -> privacy.erase(meiling.id()));
		security.signIn(null);
		assertEquals("Meiling Tanaka", customers.find(meiling.id()).orElseThrow().name());
		assertFalse(Files.exists(home.resolve("by-rep")), "nothing was written");
	}

	@Test
	void aModuleThatFailsToEraseLeavesEveryModuleAsItWas() throws Exception {
		PersonalData vendor = new Vendor(false);
		ServiceRegistration<PersonalData> registered = FrameworkUtil.getBundle(TestSupport.class).getBundleContext()
				.registerService(PersonalData.class, vendor, null);
		try {
			DatabaseException failed = assertThrows(DatabaseException.class, () -> privacy.erase(meiling.id()));
			assertTrue(failed.getMessage().contains("vendor.loyalty"), failed.getMessage());
		} finally {
			registered.unregister();
		}
		assertEquals("Meiling Tanaka", customers.find(meiling.id()).orElseThrow().name());
		assertEquals(2, customers.find(meiling.id()).orElseThrow().input().channels().size());
		assertEquals("Loyalty programme for Meiling Tanaka", opportunities.find(deal.id()).orElseThrow().name());
		assertTrue(interactions.of(meiling.id(), null, 10, Set.of()).stream()
				.anyMatch(i -> i.outcome().contains("loyalty programme")));
		assertTrue(holding("meiling").contains("PLATFORM_APPROVAL.SUMMARY"));
		assertEquals(List.of(), audit.history(Privacy.ERASURE_AUDIT, String.valueOf(meiling.id())));
	}

	@Test
	void aModuleThatFailsToExportIsNamedAndTheOthersAreWritten() throws Exception {
		ServiceRegistration<PersonalData> registered = FrameworkUtil.getBundle(TestSupport.class).getBundleContext()
				.registerService(PersonalData.class, new Vendor(true), null);
		Path json;
		try {
			json = privacy.export(meiling.id(), home.resolve("with-vendor"), new NullProgressMonitor());
		} finally {
			registered.unregister();
		}
		String text = Files.readString(json, StandardCharsets.UTF_8);
		assertTrue(text.contains("\"failed\": {\n    \"vendor.loyalty\": \"The loyalty card service is unreachable\""),
				text);
		assertTrue(text.contains(EMAIL) && text.contains("Loyalty programme for Meiling Tanaka"), text);
	}

	/** A vendor's module that holds nothing and fails: to export, or to erase after the others have erased. */
	private static final class Vendor implements PersonalData {

		private final boolean failToExport;

		Vendor(boolean failToExport) {
			this.failToExport = failToExport;
		}

		@Override
		public String module() {
			// Runs after contacts, engagement and sales (modules run by name).
			return "vendor.loyalty";
		}

		@Override
		public List<PersonalRecord> export(long customerId) {
			if (failToExport) {
				throw new IllegalStateException("The loyalty card service is unreachable");
			}
			return List.of();
		}

		@Override
		public int erase(Connection transaction, long customerId) throws SQLException {
			throw new SQLException("The loyalty card service is unreachable");
		}
	}

	/** The CSV's text without its byte-order mark. */
	private static String csv(Path folder, String name) throws Exception {
		String text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\ufeff"), name + " starts with a byte-order mark");
		return text.substring(1);
	}

	/** TABLE.COLUMN of every text column of every table holding the text in any case, the audit log aside. */
	private List<String> holding(String text) {
		return database.jdbc().read(c -> {
			List<String[]> columns = new ArrayList<>();
			DatabaseMetaData meta = c.getMetaData();
			List<String[]> tables = new ArrayList<>();
			try (ResultSet rs = meta.getTables(null, null, "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					if (!rs.getString("TABLE_NAME").equalsIgnoreCase("platform_audit_log")) {
						tables.add(new String[] { rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME") });
					}
				}
			}
			for (String[] table : tables) {
				try (ResultSet rs = meta.getColumns(null, table[0], table[1], "%")) {
					while (rs.next()) {
						int type = rs.getInt("DATA_TYPE");
						if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR) {
							columns.add(new String[] { table[0], table[1], rs.getString("COLUMN_NAME") });
						}
					}
				}
			}
			List<String> found = new ArrayList<>();
			for (String[] column : columns) {
				String sql = "SELECT COUNT(*) FROM \"" + column[0] + "\".\"" + column[1] + "\" WHERE LOWER(\""
						+ column[2] + "\") LIKE ?";
				if (Rows.first(c, sql, List.of("%" + text.toLowerCase() + "%"), rs -> rs.getInt(1)).orElse(0) > 0) {
					found.add(column[1].toUpperCase() + "." + column[2].toUpperCase());
				}
			}
			return found;
		});
	}
}
