package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.engagement.InteractionInput;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.money.Money;
import org.rapport.sales.ContractInput;
import org.rapport.sales.Contracts;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.Order;
import org.rapport.sales.Orders;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.Quotes;

/**
 * Merging two customers moves every module's records of the one merged away, in the merge's own transaction: the
 * opportunity, quote, order, contract, interaction and task are all the kept customer's the moment merge returns.
 */
class MergeMovesEverythingTest extends WithCustomers {

	@Test
	void everyRecordOfTheMergedCustomerBelongsToTheKeptOneWhenMergeReturns() throws Exception {
		Customer kept = customers.create(CustomerInput.person("Siti", "Rahman", "Maju Jaya", "siti@maju.my", null));
		Customer twin = customers.create(CustomerInput.person("Siti", "Rahman", "Maju Jaya", "siti.r@maju.my", null));
		Opportunities opportunities = TestSupport.service(Opportunities.class);
		Opportunity deal = opportunities.create(new OpportunityInput(twin.id(), "Fleet renewal",
				Money.of("90000", "MYR"), LocalDate.now().plusDays(40), null, null, null, null));
		Product seat = TestSupport.service(Products.class).save("SEAT", "Seat", Money.of("100", "MYR"), true);
		Quotes quotes = TestSupport.service(Quotes.class);
		Quote quote = quotes.create(new QuoteInput(twin.id(), deal.id(), "MYR", LocalDate.now().plusDays(30),
				List.of(new QuoteInput.Line(seat.id(), BigDecimal.TEN, BigDecimal.ZERO))));
		quotes.submit(quote.id());
		Order order = quotes.accept(quote.id());
		Contracts contracts = TestSupport.service(Contracts.class);
		contracts.create(new ContractInput(twin.id(), order.id(), "Support", Money.of("1200", "MYR"), LocalDate.now(),
				12, 30, null));
		Interactions interactions = TestSupport.service(Interactions.class);
		interactions.record(new InteractionInput(twin.id(), InteractionType.CALL, Instant.now().minusSeconds(60), 5,
				null, List.of(), "Asked for the renewal", null, null));
		Tasks tasks = TestSupport.service(Tasks.class);
		tasks.create(new TaskInput("Send the renewal terms", twin.id(), Instant.now().plusSeconds(86_400),
				Priority.NORMAL, null));

		int tasksOfTwin = count("engagement_task", twin.id());
		assertEquals(2, tasksOfTwin, "the task and the contract's renewal reminder");

		TestSupport.service(CustomerDuplicates.class).merge(kept.id(), twin.id(), kept.input());

		assertEquals(kept.id(), opportunities.find(deal.id()).orElseThrow().customerId());
		assertEquals(List.of(quote.id()), quotes.ofCustomer(kept.id(), 10).stream().map(Quote::id).toList());
		assertEquals(List.of(order.id()), TestSupport.service(Orders.class).ofCustomer(kept.id(), 10).stream()
				.map(Order::id).toList());
		assertEquals(1, contracts.ofCustomer(kept.id(), 10).size());
		assertEquals(1, interactions.of(kept.id(), Instant.now().plusSeconds(1), 10, Set.of()).size());
		assertTrue(customers.find(twin.id()).isEmpty());
		for (String table : List.of("sales_opportunity", "sales_quote", "sales_order", "sales_contract",
				"engagement_interaction", "engagement_task")) {
			assertEquals(0, count(table, twin.id()), "nothing in " + table + " points at the customer merged away");
		}
		assertEquals(tasksOfTwin, count("engagement_task", kept.id()));
	}

	private int count(String table, long customer) {
		return database.jdbc().first("SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?", List.of(customer),
				rs -> rs.getInt(1)).orElseThrow();
	}
}
