package org.rapport.sales.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.engagement.TaskWindow;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.Leads;

/** Leads handed out fairly: round robin 4/3/3 that continues where it stopped, least busy, follow-up tasks. */
class LeadsTest extends WithCustomers {

	private static final List<String> TEAM = List.of("aisyah", "weijie", "priya");

	private Leads leads;

	@BeforeEach
	void services() throws Exception {
		leads = TestSupport.service(Leads.class);
	}

	@Test
	void roundRobinSpreadsTenOverThreeAsFourThreeThreeAndContinuesWhereItStopped() throws Exception {
		Map<String, Integer> first = leads.assign(newLeads(10, "Fair"), "round-robin", TEAM);
		assertEquals(List.of(4, 3, 3), List.copyOf(first.values()));
		Map<String, Integer> next = leads.assign(newLeads(2, "Web"), "round-robin", TEAM);
		assertEquals(Map.of("aisyah", 0, "weijie", 1, "priya", 1), next, "Wei Jie's turn came after Aisyah's fourth");
		Tasks tasks = TestSupport.service(Tasks.class);
		assertEquals(4, tasks.of("priya", TaskWindow.OPEN, ZoneId.systemDefault(), Locale.UK).size(),
				"a follow-up task for each lead");
		assertTrue(tasks.of("priya", TaskWindow.OPEN, ZoneId.systemDefault(), Locale.UK).get(0).title()
				.startsWith("Follow up lead: Fair"));
	}

	@Test
	void leastBusyFillsUpWhoeverHasFewestOpenLeads() throws Exception {
		leads.assign(newLeads(3, "Old"), "round-robin", List.of("aisyah"));
		Map<String, Integer> counts = leads.assign(newLeads(5, "New"), "least-busy", TEAM);
		assertEquals(Map.of("aisyah", 0, "weijie", 3, "priya", 2), counts, "Aisyah holds three already");
		assertEquals(8, leads.inStatus(LeadStatus.NEW, 100).size());
	}

	@Test
	void anUnknownStrategyOrNoTeamAssignsNothing() throws Exception {
		List<Lead> ids = newLeads(2, "X");
		ValidationException e = assertThrows(ValidationException.class, () -> leads.assign(ids, "by-astrology", TEAM));
		assertTrue(e.getMessage().contains("round-robin") && e.getMessage().contains("least-busy"), e.getMessage());
		assertThrows(ValidationException.class, () -> leads.assign(ids, "round-robin", List.of()));
		assertTrue(leads.inStatus(LeadStatus.NEW, 10).stream().allMatch(l -> l.owner() == null));
	}

	private List<Lead> newLeads(int n, String prefix) {
		List<Lead> made = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			made.add(leads.create(prefix + " lead " + i, "Company " + i, null, "exhibition"));
		}
		return made;
	}
}
