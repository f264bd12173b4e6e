package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.money.Money;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;
import org.rapport.sales.SalesStage.Outcome;
import org.rapport.sales.internal.StageFile;

/** The company copies a process and adds, renames, reorders and removes its stages; what it may not do is refused. */
class CompanyProcessTest extends WithCustomers {

	private SalesProcesses processes;
	private Opportunities opportunities;
	private Customer harmoni;

	@BeforeEach
	void services() throws Exception {
		processes = TestSupport.service(SalesProcesses.class);
		opportunities = TestSupport.service(Opportunities.class);
		harmoni = customers.create(CustomerInput.person("Mei Ling", "Tan", "Harmoni Sdn Bhd", "meiling@harmoni.my", null));
	}

	@Test
	void aCopyWithAStageAddedRenamedAndMovedIsWhatNewOpportunitiesFollow() {
		SalesProcess copy = processes.copy(processes.standard().id(), "Enterprise Sales");
		assertTrue(copy.companyOwn());
		assertEquals(processes.standard().stages().size(), copy.stages().size());
		assertFalse(processes.standard().companyOwn(), "the contributed process stays the default until chosen");
		List<SalesStage> stages = new ArrayList<>(copy.stages());
		stages.removeIf(s -> s.id().equals("needs"));
		stages.set(0, rename(stages.get(0), "Lead research"));
		stages.add(3, new SalesStage(null, "Product demo", 40, Outcome.OPEN, List.of("The users saw the demo", " ")));
		SalesStage negotiation = stages.remove(5);
		stages.add(4, negotiation);
		SalesProcess defined = processes.define(copy.id(), "Enterprise Sales (2027)", stages);
		assertEquals(List.of("prospecting", "qualification", "proposal", "product-demo", "negotiation", "decision", "won", "lost"),
				defined.stages().stream().map(SalesStage::id).toList());
		assertEquals("Lead research", defined.stage("prospecting").orElseThrow().label());
		assertEquals(List.of("The users saw the demo"), defined.stage("product-demo").orElseThrow().signals());
		assertEquals("Enterprise Sales (2027)", processes.find(copy.id()).orElseThrow().label());

		processes.standard(copy.id());
		assertEquals(copy.id(), processes.standard().id());
		Opportunity deal = opportunities.create(new OpportunityInput(harmoni.id(), "CRM roll-out", Money.of("90000", "MYR"),
				LocalDate.now().plusDays(30), null, "product-demo", null, null));
		assertEquals(copy.id(), deal.processId());
		assertEquals(40, deal.probability());
		processes.probability(copy.id(), "product-demo", 45);
		assertEquals(45, processes.find(copy.id()).orElseThrow().stage("product-demo").orElseThrow().probability());
	}

	@Test
	void aStageWithOpportunitiesAContributedProcessAndBadStagesAreRefusedAndNothingChanges() {
		SalesProcess copy = processes.copy("org.rapport.sales.standard", "Key Accounts");
		opportunities.create(new OpportunityInput(harmoni.id(), "Renewal", Money.of("20000", "MYR"),
				LocalDate.now().plusDays(30), copy.id(), "needs", null, null));
		List<SalesStage> without = new ArrayList<>(copy.stages());
		without.removeIf(s -> s.id().equals("needs"));
		ValidationException inUse = assertThrows(ValidationException.class,
				() -> processes.define(copy.id(), copy.label(), without));
		assertEquals("stages", inUse.errors().get(0).field());
		assertTrue(inUse.getMessage().contains("1 opportunities"), inUse.getMessage());
		assertEquals(copy.stages(), processes.find(copy.id()).orElseThrow().stages(), "nothing changed");

		ValidationException contributed = assertThrows(ValidationException.class,
				() -> processes.define("org.rapport.sales.standard", "Mine", copy.stages()));
		assertEquals("process", contributed.errors().get(0).field());

		List<SalesStage> bad = new ArrayList<>(copy.stages());
		bad.set(1, new SalesStage("qualification", " ", 150, Outcome.OPEN, List.of()));
		bad.set(6, new SalesStage("won", "Won", 90, Outcome.WON, List.of()));
		bad.add(new SalesStage(null, "Follow-up", 10, Outcome.OPEN, List.of()));
		ValidationException faults = assertThrows(ValidationException.class, () -> processes.define(copy.id(), "", bad));
		assertEquals(List.of("label", "stages[2].label", "stages[2].probability", "stages[7].probability", "stages[9].outcome"),
				faults.errors().stream().map(FieldError::field).toList());

		ValidationException followed = assertThrows(ValidationException.class, () -> processes.remove(copy.id()));
		assertEquals("process", followed.errors().get(0).field());
		SalesProcess spare = processes.copy(copy.id(), "Key Accounts");
		assertEquals(copy.id() + "-2", spare.id(), "a second copy of the same name gets its own id");
		processes.remove(spare.id());
		assertTrue(processes.find(spare.id()).isEmpty());
	}

	@Test
	void stagesReadFromAFileNameTheLineAndColumnOfEachFault() {
		String text = "stage,name,probability,outcome,signals\n" + "prospecting,Research,5,open,We know the budget | We met them\n"
				+ ",Demo,lots,open,\n" + "won,Won,100,closed,\n";
		ValidationException e = assertThrows(ValidationException.class,
				() -> StageFile.read(new StringReader(text), "stages.csv"));
		assertEquals(List.of("stages.csv, line 3, column probability: The probability is a percentage from 0 to 100.",
				"stages.csv, line 4, column outcome: \"closed\" is not an outcome: open, won or lost."),
				e.errors().stream().map(FieldError::message).toList());
		List<SalesStage> read = StageFile.read(new StringReader(text.replace("lots", "40").replace("closed", "won")
				+ "lost,Lost,0,lost,\n"), "stages.csv");
		assertEquals(List.of("We know the budget", "We met them"), read.get(0).signals());
		assertEquals("stages.csv:3:name",
				StageFile.located(new FieldError("stages[2].label", "x"), "stages.csv").field());
	}

	private static SalesStage rename(SalesStage s, String label) {
		return new SalesStage(s.id(), label, s.probability(), s.outcome(), s.signals());
	}
}
