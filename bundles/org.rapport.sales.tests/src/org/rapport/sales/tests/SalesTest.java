package org.rapport.sales.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.platform.money.Money;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Forecast;
import org.rapport.sales.Forecasts;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.StageChange;

/** Processes from extensions, stage history, the forecast against hand-computed figures, bad input refused. */
class SalesTest extends WithCustomers {

	private SalesProcesses processes;
	private Opportunities opportunities;
	private Forecasts forecasts;
	private Customer harmoni;
	private final LocalDate close = LocalDate.now().plusDays(20);

	@BeforeEach
	void services() throws Exception {
		processes = TestSupport.service(SalesProcesses.class);
		opportunities = TestSupport.service(Opportunities.class);
		forecasts = TestSupport.service(Forecasts.class);
		harmoni = customers.create(CustomerInput.person("Mei Ling", "Tan", "Harmoni Sdn Bhd", "meiling@harmoni.my", null));
	}

	@Test
	void theStandardProcessAndAContributedOneAreThere() {
		SalesProcess standard = processes.standard();
		assertEquals(List.of("prospecting", "qualification", "needs", "proposal", "decision", "negotiation", "won", "lost"),
				standard.stages().stream().map(s -> s.id()).toList());
		assertEquals(List.of(5, 10, 20, 30, 50, 80, 100, 0), standard.stages().stream().map(s -> s.probability()).toList());
		assertEquals("The customer is negotiating price", standard.stage("negotiation").orElseThrow().signals().get(0));
		SalesProcess groups = processes.find("test.hotel.groups").orElseThrow();
		Opportunity wedding = opportunities.create(new OpportunityInput(harmoni.id(), "Company dinner, 300 pax",
				Money.of("45000", "MYR"), close, groups.id(), null, null, null));
		assertEquals("enquiry", wedding.stageId());
		assertEquals(10, wedding.probability());
	}

	@Test
	void movingAnOpportunityRecordsItsStageHistory() {
		Opportunity deal = opportunities.create(new OpportunityInput(harmoni.id(), "CRM licences", Money.of("120000", "MYR"),
				close, null, null, null, null));
		Opportunity qualified = opportunities.moveTo(deal.id(), deal.version(), "qualification");
		Opportunity moved = opportunities.moveTo(deal.id(), qualified.version(), "proposal");
		assertEquals(30, moved.probability(), "the stage's default");
		List<StageChange> history = opportunities.history(deal.id());
		assertEquals(List.of("prospecting", "qualification", "proposal"), history.stream().map(StageChange::stageId).toList());
		assertTrue(!history.get(2).entered().isBefore(history.get(1).entered()));
		assertEquals(history.get(2).entered(), moved.stageEntered(), "days in stage count from here");
		ValidationException noReason = assertThrows(ValidationException.class,
				() -> opportunities.moveTo(deal.id(), moved.version(), "lost", " "));
		assertEquals("lostReason", noReason.errors().get(0).field());
		assertEquals("proposal", opportunities.find(deal.id()).orElseThrow().stageId(), "not moved");
		Opportunity lost = opportunities.moveTo(deal.id(), moved.version(), "lost", "Chose Acme Systems on price");
		assertEquals("Chose Acme Systems on price", lost.lostReason());
		assertEquals(0, lost.probability());
	}

	@Test
	void theForecastIsClosedPlusOpenAmountsTimesProbabilityInTheCompanyCurrency() {
		forecasts.rate("SGD", LocalDate.now().minusYears(1), new BigDecimal("3.40"));
		forecasts.rate("USD", LocalDate.now().minusYears(1), new BigDecimal("4.50"));
		forecasts.rate("USD", close.plusDays(1), new BigDecimal("9.99"));
		create("Won deal", "10000", "MYR", "won", null);
		create("Lost deal", "99999", "MYR", "lost", null);
		create("Proposal", "20000", "MYR", "proposal", null);
		create("Singapore negotiation", "5000", "SGD", "negotiation", null);
		create("US decision", "2000", "USD", "decision", 60);
		// By hand, in MYR: closed 10,000; weighted 20,000 x 30% = 6,000 + 5,000 x 3.40 x 80% = 13,600
		// + 2,000 x 4.50 x 60% = 5,400 -> 25,000; pipeline 20,000 + 17,000 + 9,000 = 46,000 (the USD rate set for
		// after the close date does not apply).
		Forecast f = forecasts.forecast(LocalDate.now(), close.plusDays(5), null, "MYR");
		assertEquals(Money.of("10000", "MYR"), f.closed());
		assertEquals(Money.of("25000", "MYR"), f.weighted());
		assertEquals(Money.of("35000", "MYR"), f.expected());
		assertEquals(Money.of("46000", "MYR"), f.pipeline());
		assertEquals(Money.of("56000", "MYR"), f.bestCase());
		assertEquals(Money.of("4000", "SGD"), f.byCurrency().get("SGD"));
		assertEquals(Money.of("1200", "USD"), f.byCurrency().get("USD"));
		assertEquals(Money.of("0", "MYR"), forecasts.forecast(close.plusDays(1), close.plusDays(30), null, "MYR").expected());
		create("Euro deal", "1000", "EUR", "proposal", null);
		ValidationException missing = assertThrows(ValidationException.class,
				() -> forecasts.forecast(LocalDate.now(), close, null, "MYR"));
		assertTrue(missing.getMessage().contains("EUR"), missing.getMessage());
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
		ValidationException e = assertThrows(ValidationException.class, () -> opportunities.create(new OpportunityInput(
				harmoni.id(), "Bad", Money.of("-5", "MYR"), LocalDate.now().minusDays(3), null, "closing", null, null)));
		assertEquals(Set.of("amount", "closeDate", "stage"), Set.copyOf(e.errors().stream().map(FieldError::field).toList()));
		assertEquals(Money.of("0", "MYR"), forecasts.forecast(LocalDate.now().minusDays(10), close, null, "MYR").pipeline());
	}

	@Test
	void thePipelineCountsAndSumsEachStageInTheProcessOrder() {
		create("A", "20000", "MYR", "proposal", null);
		create("B", "10000", "MYR", "proposal", null);
		create("C", "5000", "SGD", "negotiation", null);
		var pipeline = forecasts.pipeline(null, null);
		assertEquals(List.of("prospecting", "qualification", "needs", "proposal", "decision", "negotiation", "won", "lost"),
				pipeline.stream().map(s -> s.stageId()).toList());
		var proposal = pipeline.get(3);
		assertEquals(2, proposal.count());
		assertEquals(Money.of("30000", "MYR"), proposal.total().get("MYR"));
		assertEquals(Money.of("9000", "MYR"), proposal.weighted().get("MYR"));
		assertEquals(Money.of("4000", "SGD"), pipeline.get(5).weighted().get("SGD"));
		assertEquals(0, pipeline.get(0).count());
		assertEquals(0, forecasts.pipeline(null, "somebody-else").get(3).count(), "another owner's pipeline is empty");
	}

	private void create(String name, String amount, String currency, String stage, Integer probability) {
		opportunities.create(new OpportunityInput(harmoni.id(), name, Money.of(amount, currency), close, null, stage,
				probability, null, null, null, "lost".equals(stage) ? "Went with a competitor" : null));
	}
}
