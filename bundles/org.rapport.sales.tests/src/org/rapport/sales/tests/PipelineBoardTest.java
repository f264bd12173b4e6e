package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.money.Money;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

/** The pipeline board reads the first cards of every column at once: the same cards as each column's own page. */
class PipelineBoardTest extends WithCustomers {

	private Opportunities opportunities;
	private SalesProcesses processes;
	private Customer buyer;

	@BeforeEach
	void services() throws Exception {
		opportunities = TestSupport.service(Opportunities.class);
		processes = TestSupport.service(SalesProcesses.class);
		buyer = customers.create(CustomerInput.person("Kavitha", "Subramaniam", "Penang Foods", "kavitha@pf.my", null));
	}

	@Test
	void everyColumnHoldsTheCardsItsOwnPageWouldShow() {
		LocalDate today = LocalDate.now();
		// A full column with more than fits, listed by close date then id whatever the order they were made in.
		for (int day : new int[] { 14, 9, 12, 9, 20 }) {
			create("Proposal closing in " + day, "aisyah", "proposal", today.plusDays(day));
		}
		create("Needs of Priya", "priya", "needs", today.plusDays(5));
		create("Needs of Aisyah", "aisyah", "needs", today.plusDays(3));
		create("Not the team's", "weijie", "needs", today.plusDays(1));
		create("Closes too late", "aisyah", "negotiation", today.plusDays(90));
		create("Won already", "priya", "won", today.plusDays(2));

		OpportunityFilter team = new OpportunityFilter(null, List.of("aisyah", "priya"), null, today.plusDays(60));
		List<String> columns = processes.standard().stages().stream().map(SalesStage::id).toList();
		Map<String, List<Opportunity>> board = opportunities.board(team, columns, 3);

		assertEquals(columns, List.copyOf(board.keySet()), "every column, in the board's order");
		for (String stage : columns) {
			assertEquals(opportunities.list(team, stage, null, 3), board.get(stage), stage);
		}
		assertEquals(List.of("Proposal closing in 9", "Proposal closing in 9", "Proposal closing in 12"),
				board.get("proposal").stream().map(Opportunity::name).toList());
		assertEquals(List.of("Needs of Aisyah", "Needs of Priya"),
				board.get("needs").stream().map(Opportunity::name).toList());
		assertEquals(List.of(), board.get("negotiation"), "closes after the filter's dates");
		assertEquals(1, board.get("won").size());
		assertEquals(Map.of(), opportunities.board(team, List.of(), 3), "no columns, nothing read");
	}

	private void create(String name, String owner, String stage, LocalDate close) {
		opportunities.create(new OpportunityInput(buyer.id(), name, Money.of("1000", "MYR"), close, null, stage, null,
				owner));
	}
}
