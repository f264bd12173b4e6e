package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Forecast;
import org.rapport.sales.Forecasts;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesPeriod;

/**
 * A rep's daily work on opportunities: editing them, paging a board column, the manager's stuck and closing lists,
 * and a team's forecast against its quotas.
 */
class OpportunityWorkTest extends WithCustomers {

	private Opportunities opportunities;
	private Forecasts forecasts;
	private Customer sinar;

	@BeforeEach
	void services() throws Exception {
		opportunities = TestSupport.service(Opportunities.class);
		forecasts = TestSupport.service(Forecasts.class);
		sinar = customers.create(CustomerInput.person("Hafiz", "Rahman", "Sinar Logistics", "hafiz@sinar.my", null));
	}

	@Test
	void savingAnOpportunityAsLostNeedsTheReason() {
		Opportunity o = create("Warehouse scanners", "30000", "aisyah", "proposal", LocalDate.now().plusDays(20));
		OpportunityInput lost = new OpportunityInput(sinar.id(), o.name(), o.amount(), o.closeDate(), null, "lost", null,
				"aisyah", null, null, " ");
		ValidationException noReason = assertThrows(ValidationException.class,
				() -> opportunities.update(o.id(), o.version(), lost));
		assertEquals("lostReason", noReason.errors().get(0).field());
		assertEquals("proposal", opportunities.find(o.id()).orElseThrow().stageId(), "not saved");
		Opportunity saved = opportunities.update(o.id(), o.version(), new OpportunityInput(sinar.id(), o.name(),
				o.amount(), o.closeDate(), null, "lost", null, "aisyah", null, null, "Budget moved to next year"));
		assertEquals("Budget moved to next year", saved.lostReason());
		assertEquals(0, saved.probability());
	}

	@Test
	void anEditIsSavedWithItsNewStageInTheHistoryAndAStaleOrEarlyOneIsRefused() {
		Opportunity o = create("Fleet renewal", "50000", "aisyah", "qualification", LocalDate.now().plusDays(40));
		OpportunityInput changed = new OpportunityInput(sinar.id(), "Fleet renewal, 30 trucks", Money.of("65000", "MYR"),
				o.closeDate(), null, "proposal", null, "aisyah", "Send the revised proposal", "Acme Systems");
		Opportunity saved = opportunities.update(o.id(), o.version(), changed);
		assertEquals(Money.of("65000", "MYR"), saved.amount());
		assertEquals("Send the revised proposal", saved.nextStep());
		assertEquals(30, saved.probability(), "the new stage's default");
		assertEquals(List.of("qualification", "proposal"),
				opportunities.history(o.id()).stream().map(c -> c.stageId()).toList());

		StaleRecordException stale = assertThrows(StaleRecordException.class,
				() -> opportunities.update(o.id(), o.version(), changed));
		assertTrue(stale.getMessage().contains("Fleet renewal, 30 trucks"), stale.getMessage());
		OpportunityInput early = new OpportunityInput(sinar.id(), "Fleet renewal", Money.of("65000", "MYR"),
				LocalDate.now().minusDays(1), null, "proposal", null, "aisyah");
		ValidationException refused = assertThrows(ValidationException.class,
				() -> opportunities.update(o.id(), saved.version(), early));
		assertEquals(List.of("closeDate"), refused.errors().stream().map(FieldError::field).toList());
		assertEquals(o.closeDate(), opportunities.find(o.id()).orElseThrow().closeDate(), "nothing changed");
	}

	@Test
	void aBoardColumnPagesByCloseDateWithoutRepeatsAndKeepsToItsOwners() {
		List<Long> expected = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			expected.add(create("Deal " + i, "1000", "aisyah", "proposal", LocalDate.now().plusDays(10 + i)).id());
		}
		create("Priya's deal", "1000", "priya", "proposal", LocalDate.now().plusDays(12));
		create("Another stage", "1000", "aisyah", "needs", LocalDate.now().plusDays(11));
		OpportunityFilter mine = new OpportunityFilter(null, List.of("aisyah"), null, null);
		List<Long> paged = new ArrayList<>();
		Opportunity last = null;
		for (int page = 0; page < 4; page++) {
			List<Opportunity> next = opportunities.list(mine, "proposal", last, 2);
			next.forEach(o -> paged.add(o.id()));
			last = next.isEmpty() ? last : next.get(next.size() - 1);
		}
		assertEquals(expected, paged);
		assertEquals(2, opportunities.list(new OpportunityFilter(null, List.of("aisyah", "priya"), null,
				LocalDate.now().plusDays(11)), "proposal", null, 10).size(), "the team's, closing by the 11th day");
	}

	@Test
	void theManagerSeesWhatIsStuckInEarlyStagesAndWhatIsAboutToClose() throws Exception {
		Opportunity waiting = create("Waiting", "1000", "weijie", "prospecting", LocalDate.now().plusDays(60));
		Opportunity fresh = create("Fresh", "1000", "weijie", "qualification", LocalDate.now().plusDays(60));
		Opportunity late = create("Late but moving", "1000", "weijie", "proposal", LocalDate.now().plusDays(60));
		Opportunity closing = create("Signing soon", "1000", "priya", "negotiation", LocalDate.now().plusDays(10));
		create("Early and soon", "1000", "priya", "prospecting", LocalDate.now().plusDays(10));
		create("Negotiating, later", "1000", "priya", "negotiation", LocalDate.now().plusDays(90));
		enteredDaysAgo(waiting.id(), 45);
		enteredDaysAgo(late.id(), 45);
		enteredDaysAgo(fresh.id(), 5);
		Instant monthAgo = Instant.now().minus(30, ChronoUnit.DAYS);
		assertEquals(List.of(waiting.id()), opportunities.stuck(OpportunityFilter.all(), 20, monthAgo, 10).stream()
				.map(Opportunity::id).toList(), "only early stages, only longer than 30 days");
		assertEquals(45, opportunities.find(waiting.id()).orElseThrow().daysInStage(Instant.now()));
		LocalDate today = LocalDate.now();
		assertEquals(List.of(closing.id()), opportunities.closing(new OpportunityFilter(null, List.of(), today,
				today.plusDays(30)), 50, 10).stream().map(Opportunity::id).toList());
	}

	@Test
	void aTeamForecastAddsItsMembersAndComparesWithTheirQuotas() {
		SalesPeriod quarter = SalesPeriod.quarterOf(LocalDate.now().plusDays(20));
		LocalDate close = quarter.to();
		forecasts.rate("SGD", LocalDate.now().minusYears(1), new BigDecimal("3.50"));
		createOn("Won by Aisyah", "30000", "MYR", "aisyah", "won", close);
		createOn("Weijie in negotiation", "10000", "SGD", "weijie", "negotiation", close);
		createOn("Priya's proposal", "99000", "MYR", "priya", "proposal", close);
		forecasts.quota("aisyah", quarter, Money.of("60000", "MYR"));
		forecasts.quota("weijie", quarter, Money.of("20000", "SGD"));
		forecasts.quota("priya", quarter, Money.of("500000", "MYR"));
		// By hand: closed 30,000; weighted 10,000 SGD x 3.50 x 80% = 28,000; expected 58,000;
		// quota 60,000 + 20,000 x 3.50 = 130,000; 58,000 / 130,000 = 45%.
		Forecast team = forecasts.forecast(new OpportunityFilter(null, List.of("aisyah", "weijie"), quarter.from(),
				quarter.to()), "MYR");
		assertEquals(Money.of("30000", "MYR"), team.closed());
		assertEquals(Money.of("28000", "MYR"), team.weighted());
		assertEquals(Money.of("130000", "MYR"), team.quota());
		assertEquals(45, team.attainment());
		var each = forecasts.forecastByOwner(new OpportunityFilter(null, List.of("aisyah", "weijie"), quarter.from(),
				quarter.to()), "MYR");
		assertEquals(Money.of("30000", "MYR"), each.get("aisyah").closed());
		assertEquals(Money.of("28000", "MYR"), each.get("weijie").weighted());
		assertEquals(Money.of("70000", "MYR"), each.get("weijie").quota(), "20,000 SGD x 3.50");
		assertEquals(Money.of("630000", "MYR"), forecasts.forecast(new OpportunityFilter(null, List.of(),
				quarter.from(), quarter.to()), "MYR").quota(), "the company's quota is everyone's");
		assertThrows(ValidationException.class, () -> forecasts.quota("aisyah", quarter, Money.of("-1", "MYR")));
	}

	@Test
	void theCompanySetsItsOwnProbabilityForAStage() throws Exception {
		org.rapport.sales.SalesProcesses processes = TestSupport.service(org.rapport.sales.SalesProcesses.class);
		String standard = processes.standard().id();
		processes.probability(standard, "proposal", 40);
		assertEquals(40, processes.standard().stage("proposal").orElseThrow().probability());
		assertEquals(40, create("Kiosk roll-out", "10000", "aisyah", "proposal", LocalDate.now().plusDays(9))
				.probability(), "a new opportunity takes the company's figure");
		assertThrows(ValidationException.class, () -> processes.probability(standard, "proposal", 101));
		assertThrows(ValidationException.class, () -> processes.probability(standard, "closing", 50));
		processes.probability(standard, "proposal", null);
		assertEquals(30, processes.standard().stage("proposal").orElseThrow().probability(), "back to the default");
	}

	@Test
	void thePeopleInvolvedKeepTheirBuyingRolesAndTickedSignalsAreRemembered() {
		Opportunity deal = create("Fleet renewal", "80000", "aisyah", "needs", LocalDate.now().plusDays(50));
		Customer cfo = customers.create(CustomerInput.person("Lim", "Boon Keat", "Sinar Logistics", null, null));
		opportunities.contacts(deal.id(), List.of(new org.rapport.sales.BuyingContact(sinar.id(),
				org.rapport.contacts.AccountRole.USER), new org.rapport.sales.BuyingContact(cfo.id(),
						org.rapport.contacts.AccountRole.FINANCIAL_GATEKEEPER)));
		assertEquals(List.of(org.rapport.contacts.AccountRole.USER, org.rapport.contacts.AccountRole.FINANCIAL_GATEKEEPER),
				opportunities.contacts(deal.id()).stream().map(c -> c.role()).toList());
		ValidationException unknown = assertThrows(ValidationException.class, () -> opportunities.contacts(deal.id(),
				List.of(new org.rapport.sales.BuyingContact(-5, org.rapport.contacts.AccountRole.PURCHASER))));
		assertEquals("contacts[1].customer", unknown.errors().get(0).field());
		assertEquals(2, opportunities.contacts(deal.id()).size(), "a refused change keeps the people");

		opportunities.signal(deal.id(), "needs", 0, true);
		assertEquals(java.util.Set.of("needs#0"), opportunities.signals(deal.id()));
		opportunities.signal(deal.id(), "needs", 0, false);
		assertEquals(java.util.Set.of(), opportunities.signals(deal.id()));
		assertThrows(ValidationException.class, () -> opportunities.signal(deal.id(), "needs", 7, true));
	}

	private Opportunity create(String name, String amount, String owner, String stage, LocalDate close) {
		return opportunities.create(new OpportunityInput(sinar.id(), name, Money.of(amount, "MYR"), close, null, stage,
				null, owner));
	}

	private void createOn(String name, String amount, String currency, String owner, String stage, LocalDate close) {
		opportunities.create(new OpportunityInput(sinar.id(), name, Money.of(amount, currency), close, null, stage, null,
				owner));
	}

	/** Backdates the entry into the current stage, as if the opportunity had waited there. */
	private void enteredDaysAgo(long id, int days) throws Exception {
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"UPDATE sales_opportunity SET stage_entered_at = ? WHERE id = ?")) {
			st.setTimestamp(1, Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS).minusSeconds(60)));
			st.setLong(2, id);
			st.executeUpdate();
		}
	}
}
