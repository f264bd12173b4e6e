package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadChange;
import org.rapport.sales.LeadInput;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.StageChange;

/**
 * Two people change the same opportunity or lead: the one who saves second, on what was read before the first save,
 * is told who the record is and to open it again; the first one's change stays as it was saved.
 */
class SavedMeanwhileTest extends WithCustomers {

	private Opportunities opportunities;
	private Leads leads;
	private Customer dental;

	@BeforeEach
	void services() throws Exception {
		opportunities = TestSupport.service(Opportunities.class);
		leads = TestSupport.service(Leads.class);
		dental = customers.create(CustomerInput.person("Nurul", "Huda", "KL Dental Group", "nurul@kldental.my", null));
	}

	@Test
	void aSecondSaveOfAnOpportunityOnAnOldReadingIsRefusedAndTheFirstStays() {
		LocalDate close = LocalDate.now().plusDays(30);
		Opportunity read = opportunities.create(new OpportunityInput(dental.id(), "Dental chairs", Money.of("20000",
				"MYR"), close, null, "qualification", null, "aisyah"));
		Opportunity theirs = opportunities.update(read.id(), read.version(), new OpportunityInput(dental.id(),
				"Dental chairs", Money.of("25000", "MYR"), close, null, "qualification", null, "aisyah"));

		OpportunityInput mine = new OpportunityInput(dental.id(), "Dental chairs", Money.of("20000", "MYR"), close,
				null, "proposal", null, "aisyah", "Send the brochure", null);
		StaleRecordException stale = assertThrows(StaleRecordException.class,
				() -> opportunities.update(read.id(), read.version(), mine));
		assertTrue(stale.getMessage().contains("Dental chairs"), stale.getMessage());

		Opportunity stored = opportunities.find(read.id()).orElseThrow();
		assertEquals(Money.of("25000", "MYR"), stored.amount(), "the first save stays");
		assertEquals("qualification", stored.stageId());
		assertEquals("", stored.nextStep());
		assertEquals(theirs.version(), stored.version());
		assertEquals(List.of("qualification"), opportunities.history(read.id()).stream().map(StageChange::stageId)
				.toList(), "no stage noted for the refused save");
		Opportunity again = opportunities.update(read.id(), stored.version(), mine);
		assertEquals("proposal", again.stageId(), "opened again, the change is saved");
	}

	@Test
	void aSecondStatusOfALeadOnAnOldReadingIsRefusedAndTheFirstStays() {
		Lead read = leads.create(new LeadInput("Arjun Nair", "Johor Clinics", "arjun@example.com", null, "web",
				"Johor"));
		Lead contacted = leads.setStatus(read.id(), read.version(), LeadStatus.CONTACTED, null);

		StaleRecordException stale = assertThrows(StaleRecordException.class,
				() -> leads.setStatus(read.id(), read.version(), LeadStatus.LOST, "No budget"));
		assertTrue(stale.getMessage().contains("Arjun Nair"), stale.getMessage());

		Lead stored = leads.find(read.id()).orElseThrow();
		assertEquals(LeadStatus.CONTACTED, stored.status(), "the first save stays");
		assertEquals("", stored.lostReason());
		assertEquals(contacted.version(), stored.version());
		assertEquals(List.of(LeadStatus.NEW, LeadStatus.CONTACTED), leads.history(read.id()).stream()
				.map(LeadChange::status).toList(), "no status noted for the refused save");
	}

	@Test
	void aHandOutChangesTheLeadSoAnEditOnTheReadingBeforeIsRefused() {
		Lead read = leads.create(new LeadInput("Siti Abdullah", null, null, null, "referral", null));
		leads.assign(List.of(read), "round-robin", List.of("priya"));

		assertThrows(StaleRecordException.class,
				() -> leads.setStatus(read.id(), read.version(), LeadStatus.INTENT, null));
		Lead stored = leads.find(read.id()).orElseThrow();
		assertEquals("priya", stored.owner());
		assertEquals(LeadStatus.NEW, stored.status());
		assertEquals(LeadStatus.INTENT, leads.setStatus(read.id(), stored.version(), LeadStatus.INTENT, null)
				.status());
	}
}
