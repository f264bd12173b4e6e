package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.engagement.TaskWindow;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.internal.security.LocalSecurityContext;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadConversion;
import org.rapport.sales.LeadInput;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.Order;
import org.rapport.sales.Orders;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.QuoteStatus;
import org.rapport.sales.Quotes;
import org.rapport.sales.StageChange;

/**
 * Two people act on the same record as they read it: a stage move on the board, a quote's submit, accept or
 * decline, a hand-out or a conversion of leads. The second is refused with the record named, nothing of it is
 * written, and the first one's change is what is stored.
 */
class OneOfTwoWinsTest extends WithCustomers {

	private static final User REP = new User("aisyah", "Nur Aisyah", "sales", Set.of(Role.SALES_REP));
	private static final User COLLEAGUE = new User("jason", "Jason Lim", "sales", Set.of(Role.SALES_REP));

	private LocalSecurityContext security;
	private Opportunities opportunities;
	private Quotes quotes;
	private Leads leads;
	private Customer buyer;
	private Product seat;

	@BeforeEach
	void services() throws Exception {
		security = (LocalSecurityContext) TestSupport.service(SecurityContext.class);
		opportunities = TestSupport.service(Opportunities.class);
		quotes = TestSupport.service(Quotes.class);
		leads = TestSupport.service(Leads.class);
		buyer = customers.create(CustomerInput.person("Mei Ling", "Tan", "Harmoni Sdn Bhd", "meiling@harmoni.my",
				null));
		seat = TestSupport.service(Products.class).save("CRM-PRO", "Professional licence, per seat",
				Money.of("600.00", "MYR"), true);
	}

	@AfterEach
	void signOut() {
		security.signIn(null);
	}

	@Test
	void aSecondMoveOfTheSameCardIsRefusedAndTheFirstMoveStays() {
		Opportunity card = opportunities.create(new OpportunityInput(buyer.id(), "Warehouse CRM",
				Money.of("48000", "MYR"), LocalDate.now().plusDays(40), null, "prospecting", null, null));
		Opportunity moved = opportunities.moveTo(card.id(), card.version(), "proposal");

		// A colleague's board still shows the card in Prospecting and drops it on Lost.
		StaleRecordException stale = assertThrows(StaleRecordException.class,
				() -> opportunities.moveTo(card.id(), card.version(), "lost", "Went with Acme Systems"));
		assertTrue(stale.getMessage().contains("Warehouse CRM"), stale.getMessage());

		Opportunity stored = opportunities.find(card.id()).orElseThrow();
		assertEquals("proposal", stored.stageId(), "the first move stays");
		assertEquals("", stored.lostReason());
		assertEquals(moved.version(), stored.version());
		assertEquals(List.of("prospecting", "proposal"), stages(card), "no stage noted for the refused move");
		assertEquals("lost", opportunities.moveTo(card.id(), stored.version(), "lost", "Went with Acme Systems")
				.stageId(), "on the board read again, the move is made");
	}

	@Test
	void anEditOfTheOpportunityMakesAMoveOfTheCardReadBeforeItStale() {
		LocalDate close = LocalDate.now().plusDays(40);
		Opportunity card = opportunities.create(new OpportunityInput(buyer.id(), "Branch roll-out",
				Money.of("120000", "MYR"), close, null, "qualification", null, null));
		opportunities.update(card.id(), card.version(), new OpportunityInput(buyer.id(), "Branch roll-out",
				Money.of("90000", "MYR"), close, null, "qualification", null, null));

		assertThrows(StaleRecordException.class, () -> opportunities.moveTo(card.id(), card.version(), "proposal"));
		Opportunity stored = opportunities.find(card.id()).orElseThrow();
		assertEquals("qualification", stored.stageId());
		assertEquals(Money.of("90000", "MYR"), stored.amount(), "the edit stays");
	}

	@Test
	void acceptAndDeclineOnTheSameQuoteMakeOneOrderAndTheSecondIsRefusedByNumber() throws Exception {
		Quote created = quotes.create(input("0"));
		Quote approved = quotes.submit(created.id(), created.version());
		assertEquals(QuoteStatus.APPROVED, approved.status());

		Order order = quotes.accept(approved.id(), approved.version());
		StaleRecordException declined = assertThrows(StaleRecordException.class,
				() -> quotes.decline(approved.id(), approved.version()));
		assertTrue(declined.getMessage().contains(approved.number()), declined.getMessage());
		StaleRecordException again = assertThrows(StaleRecordException.class,
				() -> quotes.accept(approved.id(), approved.version()));
		assertTrue(again.getMessage().contains(approved.number()), again.getMessage());

		assertEquals(QuoteStatus.ACCEPTED, quotes.find(approved.id()).orElseThrow().status());
		assertEquals(List.of(order.id()), TestSupport.service(Orders.class).ofCustomer(buyer.id(), 10).stream()
				.map(Order::id).toList(), "one order");
	}

	@Test
	void aSubmitOfAnOlderCopyIsRefusedAndAsksNoManagerToApprove() throws Exception {
		security.signIn(REP);
		Quote mine = quotes.create(input("20"));
		security.signIn(COLLEAGUE);
		Quote theirs = quotes.update(mine.id(), mine.version(), input("25"));

		security.signIn(REP);
		StaleRecordException stale = assertThrows(StaleRecordException.class,
				() -> quotes.submit(mine.id(), mine.version()));
		assertTrue(stale.getMessage().contains(mine.number()), stale.getMessage());
		Approvals approvals = TestSupport.service(Approvals.class);
		assertTrue(approvals.latest(Opportunities.MODULE, Quotes.ENTITY, mine.id()).isEmpty(),
				"no approval asked for lines the rep did not see");
		assertEquals(QuoteStatus.DRAFT, quotes.find(mine.id()).orElseThrow().status());

		assertEquals(QuoteStatus.AWAITING_APPROVAL, quotes.submit(theirs.id(), theirs.version()).status(),
				"opened again, the colleague's 25% goes to the manager");
	}

	@Test
	void aSecondHandOutOfTheSameLeadsIsRefusedAndGivesNoOneTheirFollowUps() throws Exception {
		List<Lead> listed = List.of(lead("Nurul Huda"), lead("Arjun Nair"), lead("Siti Abdullah"));
		leads.assign(listed, "round-robin", List.of("aisyah", "weijie"));

		StaleRecordException stale = assertThrows(StaleRecordException.class,
				() -> leads.assign(listed, "round-robin", List.of("priya")));
		assertTrue(listed.stream().anyMatch(l -> stale.getMessage().contains(l.name())), stale.getMessage());

		for (Lead l : listed) {
			assertTrue(Set.of("aisyah", "weijie").contains(leads.find(l.id()).orElseThrow().owner()),
					"the first hand-out stays");
		}
		Tasks tasks = TestSupport.service(Tasks.class);
		assertEquals(List.of(), tasks.of("priya", TaskWindow.OPEN, ZoneId.systemDefault(), Locale.UK),
				"no follow-up for the refused hand-out");
		assertEquals(3, tasks.of("aisyah", TaskWindow.OPEN, ZoneId.systemDefault(), Locale.UK).size()
				+ tasks.of("weijie", TaskWindow.OPEN, ZoneId.systemDefault(), Locale.UK).size());
	}

	@Test
	void aConversionOfAnOlderCopyIsRefusedBeforeAnyoneIsMade() {
		Lead read = lead("Ahmad Rahman");
		Lead contacted = leads.setStatus(read.id(), read.version(), LeadStatus.CONTACTED, null);

		StaleRecordException stale = assertThrows(StaleRecordException.class, () -> leads.convert(read.id(),
				read.version(), new LeadConversion(null, null, new OpportunityInput(0, "Fleet CRM",
						Money.of("30000", "MYR"), LocalDate.now().plusDays(20), null, null, null, null))));
		assertTrue(stale.getMessage().contains("Ahmad Rahman"), stale.getMessage());
		assertEquals(List.of(), customers.search(CustomerQuery.matching("Ahmad", 5)), "no person made");
		assertEquals(List.of(), customers.search(CustomerQuery.matching("Sinar Logistics", 5)), "no account made");
		assertEquals(LeadStatus.CONTACTED, leads.find(read.id()).orElseThrow().status());
		assertEquals(contacted.version(), leads.find(read.id()).orElseThrow().version());
	}

	private Lead lead(String name) {
		return leads.create(new LeadInput(name, "Sinar Logistics Sdn Bhd", null, null, "exhibition", "Selangor"));
	}

	private QuoteInput input(String discount) {
		return new QuoteInput(buyer.id(), null, "MYR", LocalDate.now().plusDays(30),
				List.of(new QuoteInput.Line(seat.id(), BigDecimal.TEN, new BigDecimal(discount))));
	}

	private List<String> stages(Opportunity o) {
		return opportunities.history(o.id()).stream().map(StageChange::stageId).toList();
	}
}
