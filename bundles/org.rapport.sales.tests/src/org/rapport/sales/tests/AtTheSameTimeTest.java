package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.testing.AtOnce;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadInput;
import org.rapport.sales.Leads;
import org.rapport.sales.Order;
import org.rapport.sales.Orders;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.Quotes;

/**
 * Two people press the button at the same moment, each on what they read: two payments that each fit what is
 * outstanding but together pass the total, two acceptances of one quote, two hand-outs of the same leads. One
 * lands, the other is refused, and what is stored never adds the two.
 */
class AtTheSameTimeTest extends WithCustomers {

	/** Rounds of each race: the threads do not always overlap in the database, each round is a new chance. */
	private static final int ROUNDS = 5;

	private Quotes quotes;
	private Orders orders;
	private Customer buyer;
	private Product seat;

	@BeforeEach
	void services() throws Exception {
		quotes = TestSupport.service(Quotes.class);
		orders = TestSupport.service(Orders.class);
		buyer = customers.create(CustomerInput.person("Kavitha", "Subramaniam", "KL Dental Group",
				"kavitha@kldental.my", null));
		seat = TestSupport.service(Products.class).save("CRM-PRO", "Professional licence, per seat",
				Money.of("600.00", "MYR"), true);
	}

	@Test
	void twoPaymentsThatTogetherPassTheTotalNeverBothLand() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			// 10 seats at 600: 6,000 owed; each pays 4,000 on the order as read.
			Order order = quotes.accept(quotes.submit(quotes.create(input()).id()).id());
			Callable<Order> pay = () -> orders.pay(order.id(), order.version(), Money.of("4000", "MYR"),
					LocalDate.now(), "TT");
			List<Object> outcomes = AtOnce.together(pay, pay);

			assertEquals(1, outcomes.stream().filter(Order.class::isInstance).count(), outcomes.toString());
			Object refused = outcomes.stream().filter(o -> !(o instanceof Order)).findFirst().orElseThrow();
			assertInstanceOf(StaleRecordException.class, refused, String.valueOf(refused));
			assertTrue(((StaleRecordException) refused).getMessage().contains(order.number()));
			Order stored = orders.find(order.id()).orElseThrow();
			assertEquals(Money.of("4000.00", "MYR"), stored.paid(), "one payment landed");
			assertTrue(stored.paid().amount().compareTo(stored.total().amount()) <= 0, "never more than the total");
			assertEquals(1, payments(order), "one payment row");
		}
	}

	@Test
	void twoAcceptancesOfOneQuoteMakeOneOrder() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Quote approved = quotes.submit(quotes.create(input()).id());
			Callable<Order> accept = () -> quotes.accept(approved.id(), approved.version());
			List<Object> outcomes = AtOnce.together(accept, accept);

			assertEquals(1, outcomes.stream().filter(Order.class::isInstance).count(), outcomes.toString());
			assertTrue(outcomes.stream().anyMatch(StaleRecordException.class::isInstance), outcomes.toString());
			assertEquals(1, database.jdbc().first("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?",
					List.of(approved.id()), rs -> rs.getInt(1)).orElseThrow(), "one order for the quote");
		}
	}

	@Test
	void twoHandOutsOfTheSameLeadsLeaveThemAllWithOneTeam() throws Exception {
		Leads leads = TestSupport.service(Leads.class);
		List<Lead> listed = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			listed.add(leads.create(new LeadInput("Fair lead " + i, "Company " + i, null, null, "exhibition", null)));
		}
		List<Object> outcomes = AtOnce.together(() -> leads.assign(listed, "round-robin", List.of("aisyah", "weijie")),
				() -> leads.assign(listed, "round-robin", List.of("priya", "jason")));

		assertEquals(1, outcomes.stream().filter(java.util.Map.class::isInstance).count(), outcomes.toString());
		// Refused as stale, or by the database's own lock check: either way nothing of it was written.
		assertTrue(outcomes.stream().anyMatch(DatabaseException.class::isInstance), outcomes.toString());
		Set<String> owners = new java.util.HashSet<>();
		listed.forEach(l -> owners.add(leads.find(l.id()).orElseThrow().owner()));
		assertTrue(owners.equals(Set.of("aisyah", "weijie")) || owners.equals(Set.of("priya", "jason")),
				"every lead with one team: " + owners);
		assertEquals(60, database.jdbc().first("SELECT COUNT(*) FROM engagement_task", List.of(),
				rs -> rs.getInt(1)).orElseThrow(), "one follow-up per lead, from the hand-out that landed");
	}

	private int payments(Order order) {
		return database.jdbc().first("SELECT COUNT(*) FROM sales_payment WHERE order_id = ?", List.of(order.id()),
				rs -> rs.getInt(1)).orElseThrow();
	}

	private QuoteInput input() {
		return new QuoteInput(buyer.id(), null, "MYR", LocalDate.now().plusDays(30),
				List.of(new QuoteInput.Line(seat.id(), BigDecimal.TEN, BigDecimal.ZERO)));
	}
}
