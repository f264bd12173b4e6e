package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.engagement.Interaction;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.money.Money;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadConversion;
import org.rapport.sales.LeadInput;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;

/** A lead's life: statuses with reasons, conversion into customers and an opportunity, import, territories. */
class LeadLifecycleTest extends WithCustomers {

	private Leads leads;
	private Opportunities opportunities;

	@BeforeEach
	void services() throws Exception {
		leads = TestSupport.service(Leads.class);
		opportunities = TestSupport.service(Opportunities.class);
	}

	@Test
	void statusesAreKeptWithTheReasonALeadWasLost() {
		Lead lead = leads.create(new LeadInput("Siti Abdullah", "Pelangi Hotels", "siti@pelangi.my", null, "referral",
				"Penang"));
		Lead contacted = leads.setStatus(lead.id(), lead.version(), LeadStatus.CONTACTED, null);
		Lead intent = leads.setStatus(lead.id(), contacted.version(), LeadStatus.INTENT, null);
		ValidationException noReason = assertThrows(ValidationException.class,
				() -> leads.setStatus(lead.id(), intent.version(), LeadStatus.LOST, " "));
		assertEquals("reason", noReason.errors().get(0).field());
		assertThrows(ValidationException.class,
				() -> leads.setStatus(lead.id(), intent.version(), LeadStatus.QUALIFIED, null));
		Lead lost = leads.setStatus(lead.id(), intent.version(), LeadStatus.LOST, "Chose a competitor");
		assertEquals("Chose a competitor", lost.lostReason());
		assertEquals(List.of(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.INTENT, LeadStatus.LOST),
				leads.history(lead.id()).stream().map(h -> h.status()).toList());
		assertEquals(List.of(), leads.list(null, null, null, 10), "a lost lead is no open lead");
	}

	@Test
	void convertingMakesThePersonTheAccountAndTheOpportunityAndKeepsTheLeadsHistory() throws Exception {
		Lead lead = leads.create(new LeadInput("Ahmad Rahman", "Sinar Logistics Sdn Bhd", "ahmad@sinar.my",
				"+60 12-345 6789", "exhibition", "Selangor"));
		Lead intent = leads.setStatus(lead.id(), lead.version(), LeadStatus.INTENT, null);
		Lead converted = leads.convert(lead.id(), intent.version(), new LeadConversion(null, null, new OpportunityInput(0,
				"Warehouse CRM", Money.of("48000", "MYR"), LocalDate.now().plusMonths(2), null, null, null, null)));

		assertEquals(LeadStatus.QUALIFIED, converted.status());
		Customer person = customers.find(converted.customerId()).orElseThrow();
		assertEquals("Ahmad", person.input().givenName());
		assertEquals("Rahman", person.input().familyName());
		assertTrue(person.input().channels().stream().anyMatch(c -> c.type() == ChannelType.EMAIL
				&& c.value().equals("ahmad@sinar.my")));
		assertNotNull(person.input().accountId(), "linked to its account");
		Customer account = customers.find(person.input().accountId()).orElseThrow();
		assertEquals(CustomerKind.ACCOUNT, account.input().kind());
		assertEquals("Sinar Logistics Sdn Bhd", account.name());
		Opportunity opportunity = opportunities.find(converted.opportunityId()).orElseThrow();
		assertEquals(account.id(), opportunity.customerId(), "the account buys");
		assertEquals("prospecting", opportunity.stageId());
		List<Interaction> timeline = TestSupport.service(Interactions.class).of(person.id(), null, 10, java.util.Set.of());
		assertEquals(1, timeline.size());
		assertTrue(timeline.get(0).outcome().contains("exhibition") && timeline.get(0).outcome().contains("INTENT"),
				timeline.get(0).outcome());
		assertThrows(ValidationException.class, () -> leads.convert(lead.id(), converted.version(),
				new LeadConversion(null, null, null)),
				"converted once only");
	}

	@Test
	void aRefusedConversionWritesNothing() {
		Lead lead = leads.create(new LeadInput("Jason Lee", "Bukit Jalil Motors", null, null, "web", null));
		ValidationException e = assertThrows(ValidationException.class, () -> leads.convert(lead.id(), lead.version(),
				new LeadConversion(null, null, new OpportunityInput(0, "Fleet", Money.of("-1", "MYR"),
						LocalDate.now().plusDays(5), null, null, null, null))));
		assertEquals("amount", e.errors().get(0).field());
		assertEquals(LeadStatus.NEW, leads.find(lead.id()).orElseThrow().status());
		assertEquals(List.of(), customers.search(CustomerQuery.matching("Jason", 5)), "no person made");
		assertEquals(List.of(), customers.search(CustomerQuery.matching("Bukit Jalil", 5)), "no account made");
	}

	@Test
	void aFileOfLeadsIsReadWholeOrNotAtAllWithEachFaultNamedByLineAndColumn() {
		String good = "Full Name,Company,E-mail,Mobile,Lead Source,State\n"
				+ "Nurul Huda,KL Dental Group,nurul@kldental.my,+60 12-111 2222,exhibition,Kuala Lumpur\n"
				+ "陈美玲,新华贸易,,,referral,Penang\n"
				+ "Arjun Nair,,arjun@example.com,,,Johor\n";
		assertEquals(3, leads.importLeads(new StringReader(good), "fair.csv", new NullProgressMonitor()));
		Lead chinese = leads.list(null, null, null, 10).stream().filter(l -> l.name().equals("陈美玲")).findFirst()
				.orElseThrow();
		assertEquals("Penang", chinese.region());
		assertEquals("referral", chinese.source());

		// A lead without a name is named after its company (LeadFileTest); one with nothing to name it by is a fault.
		String bad = "Full Name,Company,E-mail,Source\n" + "Good Lead,Harmoni,good@harmoni.my,fair\n" + ",,,fair\n"
				+ "Bad Mail,Harmoni,not-an-address,fair\n";
		ValidationException e = assertThrows(ValidationException.class,
				() -> leads.importLeads(new StringReader(bad), "leads.csv", new NullProgressMonitor()));
		String all = e.getMessage();
		assertTrue(all.contains("leads.csv, line 3, column Full Name"), all);
		assertTrue(all.contains("leads.csv, line 4, column E-mail") && all.contains("not-an-address"), all);
		assertEquals(3, leads.list(null, null, null, 10).size(), "the good line of the bad file was not added");
		ValidationException noName = assertThrows(ValidationException.class,
				() -> leads.importLeads(new StringReader("Who,What\nx,y\n"), "odd.csv", new NullProgressMonitor()));
		assertTrue(noName.getMessage().contains("Who, What"), noName.getMessage());
	}

	@Test
	void territoriesGoToTheRepWhoCoversTheRegionAndTheRestToTheLeastBusy() {
		leads.territory("Selangor", "weijie");
		leads.territory("Pulau Pinang", "priya");
		List<Long> ids = List.of(lead("A", "Selangor"), lead("B", " selangor "), lead("C", "Pulau Pinang"),
				lead("D", "Sabah"), lead("E", ""));
		Map<String, Integer> counts = leads.assign(read(ids), "territory", List.of("aisyah", "weijie", "priya"));
		assertEquals(Map.of("aisyah", 2, "weijie", 2, "priya", 1), counts);
		assertEquals("weijie", leads.find(ids.get(1)).orElseThrow().owner(), "regions match case and blanks ignored");
		assertEquals(Map.of("Pulau Pinang", "priya", "Selangor", "weijie"), leads.territories());
	}

	@Test
	void leastBusyCountsOpenOpportunitiesToo() {
		Customer customer = customers.create(CustomerInput.person("Kavitha", "Subramaniam", null, null, null));
		for (int i = 0; i < 2; i++) {
			opportunities.create(new OpportunityInput(customer.id(), "Open " + i, Money.of("100", "MYR"),
					LocalDate.now().plusDays(9), null, "needs", null, "aisyah"));
		}
		opportunities.create(new OpportunityInput(customer.id(), "Won", Money.of("100", "MYR"),
				LocalDate.now().plusDays(9), null, "won", null, "weijie"));
		Map<String, Integer> counts = leads.assign(read(List.of(lead("F", null), lead("G", null), lead("H", null))),
				"least-busy", List.of("aisyah", "weijie"));
		assertEquals(Map.of("aisyah", 1, "weijie", 2), counts, "Aisyah works two open opportunities; a won one is done");
	}

	private List<Lead> read(List<Long> ids) {
		return ids.stream().map(id -> leads.find(id).orElseThrow()).toList();
	}

	private long lead(String name, String region) {
		return leads.create(new LeadInput(name, null, null, null, "web", region)).id();
	}
}
