package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.approvals.Approval;
import org.rapport.platform.approvals.ApprovalRequest;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.internal.security.LocalSecurityContext;
import org.rapport.platform.money.Money;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.FieldAccess;
import org.rapport.platform.security.FieldSecurity;
import org.rapport.platform.security.RecordVisibility;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.Sharing;
import org.rapport.platform.security.Team;
import org.rapport.platform.security.User;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.OpportunityInput;

/**
 * Record-level and field-level security through the services on the embedded database: what a rep, a manager and an
 * analyst see of opportunities and of a customer's credit limit and tax id.
 */
class RecordSecurityTest extends WithCustomers {

	private static final User ANA = new User("ana", "Ana Lim", "sales", Set.of(Role.SALES_REP));
	private static final User BEN = new User("ben", "Ben Tan", "sales", Set.of(Role.SALES_REP));
	private static final User MIA = new User("mia", "Mia Wong", "sales", Set.of(Role.SALES_MANAGER));
	private static final User ALI = new User("ali", "Ali Hassan", "management", Set.of(Role.ANALYST));

	private LocalSecurityContext security;
	private Opportunities opportunities;
	private RecordVisibility visibility;
	private Customer buyer;

	@BeforeEach
	void people() throws Exception {
		security = (LocalSecurityContext) TestSupport.service(SecurityContext.class);
		opportunities = TestSupport.service(Opportunities.class);
		visibility = TestSupport.service(RecordVisibility.class);
		Directory directory = TestSupport.service(Directory.class);
		for (User user : List.of(ANA, BEN, MIA, ALI)) {
			directory.save(user);
		}
		directory.save(new Team("North", List.of("ana", "mia")));
		directory.save(new Team("South", List.of("ben")));
		buyer = customers.create(new CustomerInput(CustomerKind.PERSON, null, "Farah", "Aziz", null, "Teras Logistik",
				null, null, null, null, null, null, "MY", null, null, null, true, null, List.of(), Set.of(),
				new BigDecimal("50000"), "MYR", "30 days", "C2584563202", null));
		for (String owner : List.of("ana", "ben", "mia")) {
			opportunities.create(new OpportunityInput(buyer.id(), "Fleet " + owner, Money.of("1000", "MYR"),
					LocalDate.now().plusDays(20), null, null, null, owner));
		}
	}

	@AfterEach
	void signOut() {
		security.signIn(null);
	}

	@Test
	void theBoardListsAndSingleReadsShowEachPersonTheirTeamsOpportunities() {
		assertEquals(Set.of("Fleet ana", "Fleet ben", "Fleet mia"), names(), "the administrator sees all");
		security.signIn(ANA);
		assertEquals(Set.of("Fleet ana", "Fleet mia"), names(), "shared with the team");
		security.signIn(BEN);
		assertEquals(Set.of("Fleet ben"), names());
		assertEquals(1, opportunities.ofCustomer(buyer.id(), 10).size(),
				"another team's opportunities of the same customer are not listed");
		assertThrows(AccessDeniedException.class, () -> visibility.share(Opportunities.RECORD_TYPE, Sharing.EVERYONE),
				"only administrators set the sharing");

		security.signIn(null);
		visibility.share(Opportunities.RECORD_TYPE, Sharing.PRIVATE);
		security.signIn(ANA);
		assertEquals(Set.of("Fleet ana"), names(), "private: not even the manager's");
		security.signIn(MIA);
		assertEquals(Set.of("Fleet ana", "Fleet mia"), names(), "the manager still sees the team's");
		Opportunity bens = opportunities.list(OpportunityFilter.all(), null, null, 10).stream()
				.filter(o -> o.owner().equals("mia")).findFirst().orElseThrow();
		security.signIn(BEN);
		assertTrue(opportunities.find(bens.id()).isEmpty(), "an opportunity out of sight cannot be opened by id");

		security.signIn(null);
		visibility.share(Opportunities.RECORD_TYPE, Sharing.EVERYONE);
		security.signIn(BEN);
		assertEquals(Set.of("Fleet ana", "Fleet ben", "Fleet mia"), names());
	}

	@Test
	void aRepSeesTheCreditLimitMaskedAndCannotChangeItWhileAnAnalystReadsIt() throws Exception {
		security.signIn(ANA);
		Customer seen = customers.find(buyer.id()).orElseThrow();
		assertNull(seen.input().creditLimit(), "masked for a rep");
		assertNull(seen.input().taxId());
		CustomerInput in = seen.input();
		customers.update(buyer.id(), seen.version(), new CustomerInput(in.kind(), in.name(), in.givenName(),
				in.familyName(), in.accountId(), in.company(), in.jobTitle(), in.accountRole(), in.industry(),
				in.companySize(), in.region(), "Shah Alam", in.country(), in.source(), in.stage(), in.vipTier(),
				in.active(), in.owner(), in.channels(), in.tags(), new BigDecimal("999999"), in.currency(),
				in.paymentTerms(), "", in.billingAddress()));

		security.signIn(null);
		Customer stored = customers.find(buyer.id()).orElseThrow();
		assertEquals("Shah Alam", stored.input().city(), "the rep's other change is saved");
		assertEquals(0, new BigDecimal("50000").compareTo(stored.input().creditLimit()), "the credit limit is not");
		assertEquals("C2584563202", stored.input().taxId());

		security.signIn(ALI);
		assertEquals("C2584563202", customers.find(buyer.id()).orElseThrow().input().taxId(), "an analyst reads it");

		security.signIn(null);
		FieldSecurity fields = TestSupport.service(FieldSecurity.class);
		fields.setAccess("contacts.customer", "credit_limit", Role.SALES_REP, FieldAccess.READ_ONLY);
		security.signIn(ANA);
		assertEquals(0, new BigDecimal("50000").compareTo(customers.find(buyer.id()).orElseThrow().input()
				.creditLimit()), "once an administrator lets reps read it");
		assertNull(customers.find(buyer.id()).orElseThrow().input().taxId(), "the tax id is still masked");
		assertThrows(AccessDeniedException.class,
				() -> fields.setAccess("contacts.customer", "tax_id", Role.SALES_REP, FieldAccess.EDIT));

		security.signIn(null);
		customers.update(buyer.id(), customers.find(buyer.id()).orElseThrow().version(), withCredit(
				customers.find(buyer.id()).orElseThrow().input(), new BigDecimal("75000")));
		List<AuditEntry> credit = TestSupport.service(AuditLog.class).history("contacts.customer",
				String.valueOf(buyer.id())).stream().filter(e -> e.field().equals("creditLimit")).toList();
		assertEquals(1, credit.size());
		assertTrue(credit.get(0).newValue().startsWith("sha256:"), "the audit log keeps a hash, not the value");
		assertTrue(!credit.get(0).newValue().contains("75000"));
	}

	@Test
	void theDeclaredPolicyNotTheAskingCodeNamesWhoApproves() throws Exception {
		security.signIn(ANA);
		Approval asked = TestSupport.service(Approvals.class).request(new ApprovalRequest("sales", "quote", 4711,
				"Discount of 40 % on Q-2026-0042", Role.ANALYST));
		assertEquals(Role.SALES_MANAGER, asked.approver(), "quotes are approved by sales managers, as sales declares");
		security.signIn(ALI);
		assertTrue(TestSupport.service(Approvals.class).inbox().isEmpty(), "the analyst named by the code decides nothing");
	}

	private static CustomerInput withCredit(CustomerInput in, BigDecimal credit) {
		return new CustomerInput(in.kind(), in.name(), in.givenName(), in.familyName(), in.accountId(), in.company(),
				in.jobTitle(), in.accountRole(), in.industry(), in.companySize(), in.region(), in.city(), in.country(),
				in.source(), in.stage(), in.vipTier(), in.active(), in.owner(), in.channels(), in.tags(), credit,
				in.currency(), in.paymentTerms(), in.taxId(), in.billingAddress());
	}

	private Set<String> names() {
		Set<String> names = new TreeSet<>();
		opportunities.board(OpportunityFilter.all(), List.of("prospecting"), 50).values()
				.forEach(column -> column.forEach(o -> names.add(o.name())));
		Set<String> listed = new TreeSet<>();
		opportunities.list(OpportunityFilter.all(), null, null, 50).forEach(o -> listed.add(o.name()));
		assertEquals(names, listed, "the board and the list agree");
		return names;
	}
}
