package org.rapport.contacts.engagement.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerTimeline;
import org.rapport.contacts.Segments;
import org.rapport.contacts.TimelineEntry;
import org.rapport.contacts.engagement.InteractionInput;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.Task;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.TaskWindow;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.validation.ValidationException;

/** Interactions on the timeline beside a vendor's entries, follow-up tasks, reminders and tasks handed to a team. */
class EngagementTest extends WithCustomers {

	private Interactions interactions;
	private Tasks tasks;
	private Customer tan;

	@BeforeEach
	void services() throws Exception {
		interactions = TestSupport.service(Interactions.class);
		tasks = TestSupport.service(Tasks.class);
		tan = customers.create(CustomerInput.person("Mei Ling", "Tan", "Sinar Sdn Bhd", "meiling@sinar.my", null));
	}

	@Test
	void theTimelineMergesInteractionsWithAVendorsEntriesNewestFirstPageByPage() throws Exception {
		Instant base = Instant.parse("2026-10-01T09:00:00Z");
		for (int i = 0; i < 12; i++) {
			interactions.record(new InteractionInput(tan.id(), i % 2 == 0 ? InteractionType.CALL : InteractionType.VISIT,
					base.minus(37L * i, ChronoUnit.DAYS), 20, "", List.of(), "Talked " + i, "", null));
		}
		CustomerTimeline timeline = TestSupport.service(CustomerTimeline.class);
		assertEquals("Hotel stay", timeline.kinds().get("hotel.stay"), "the vendor's kind is offered in the filter");

		List<TimelineEntry> all = new ArrayList<>();
		TimelineEntry last = null;
		List<TimelineEntry> page;
		do {
			page = timeline.page(tan.id(), last, 5, Set.of());
			all.addAll(page);
			last = page.isEmpty() ? null : page.get(page.size() - 1);
		} while (page.size() == 5);

		assertEquals(17, all.size(), "12 interactions and 5 stays, none twice");
		assertEquals(17, new HashSet<>(all).size());
		for (int i = 1; i < all.size(); i++) {
			assertFalse(all.get(i).at().isAfter(all.get(i - 1).at()), "newest first at " + i);
		}
		assertEquals("hotel.stay", all.get(0).kind(), "the stay of 2026-11-01 is the newest");
		assertEquals("test.hotel.stays", all.get(0).source());
		List<TimelineEntry> visits = timeline.page(tan.id(), null, 50, Set.of("VISIT"));
		assertEquals(6, visits.size());
		assertTrue(visits.stream().allMatch(e -> e.kind().equals("VISIT")));
	}

	@Test
	void anInteractionWithAFollowUpCreatesTheTaskAndDatesTheCustomersLastContact() throws Exception {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		interactions.record(new InteractionInput(tan.id(), InteractionType.CALL, now.minus(1, ChronoUnit.HOURS), 15,
				"+60 12-345 6789", List.of(), "Asked for a quotation", "Send the quotation", now.plus(2, ChronoUnit.DAYS)));

		List<Task> open = tasks.of(security(), TaskWindow.OPEN, ZoneId.of("Asia/Kuala_Lumpur"), Locale.UK);
		assertEquals(1, open.size());
		assertEquals("Send the quotation", open.get(0).title());
		assertEquals(tan.id(), open.get(0).customerId());
		Segments segments = TestSupport.service(Segments.class);
		assertEquals(1, segments.count(segments.parse("last_interaction >= -1d")));
		ValidationException e = assertThrows(ValidationException.class, () -> interactions.record(new InteractionInput(
				tan.id(), InteractionType.CALL, now, -5, "", List.of(), "", "", now.minus(1, ChronoUnit.DAYS))));
		assertEquals(Set.of("minutes", "followUp"), Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
	}

	@Test
	void myTasksShowOverdueTodayAndThisWeekAndDoneOnesLeave() throws Exception {
		ZoneId zone = ZoneId.of("Asia/Kuala_Lumpur");
		Instant now = Instant.now();
		Task late = tasks.create(new TaskInput("Call back", tan.id(), now.minus(2, ChronoUnit.HOURS), Priority.HIGH, null));
		tasks.create(new TaskInput("Send brochure", tan.id(), now.plus(1, ChronoUnit.MINUTES), Priority.NORMAL, null));
		tasks.create(new TaskInput("Quarterly review", tan.id(), now.plus(40, ChronoUnit.DAYS), Priority.LOW, null));

		assertEquals(List.of("Call back"), titles(tasks.of(security(), TaskWindow.OVERDUE, zone, Locale.UK)));
		assertTrue(titles(tasks.of(security(), TaskWindow.THIS_WEEK, zone, Locale.UK)).containsAll(List.of("Call back",
				"Send brochure")));
		assertEquals(3, tasks.of(security(), TaskWindow.OPEN, zone, Locale.UK).size());
		assertEquals(List.of("Call back", "Send brochure"), titles(tasks.dueBy(security(), now.plus(5, ChronoUnit.MINUTES))),
				"a reminder shows what is due, earliest first");
		tasks.complete(late.id());
		assertEquals(List.of(), titles(tasks.of(security(), TaskWindow.OVERDUE, zone, Locale.UK)));
	}

	@Test
	void aBatchOfTenCustomersSpreadsOverThreePeopleAsFourThreeThree() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ids.add(customers.create(CustomerInput.person("Customer", "No " + i, null, "c" + i + "@example.my", null)).id());
		}
		Map<String, Integer> counts = tasks.assignEvenly("Invite to the product launch", Instant.now().plus(3,
				ChronoUnit.DAYS), Priority.NORMAL, ids, List.of("aisyah", "weijie", "priya"));
		assertEquals(List.of(4, 3, 3), List.copyOf(counts.values()));
		assertEquals(List.of("aisyah", "weijie", "priya"), List.copyOf(counts.keySet()));
		assertEquals(3, tasks.of("priya", TaskWindow.OPEN, ZoneId.systemDefault(), Locale.UK).size());
	}

	@Test
	void aMergeKeepsTheMergedCustomersInteractionsAndTasks() throws Exception {
		Customer other = customers.create(CustomerInput.person("M.L.", "Tan", null, "ml.tan@gmail.com", null));
		Instant now = Instant.now();
		interactions.record(new InteractionInput(other.id(), InteractionType.VISIT, now.minus(3, ChronoUnit.DAYS), 60, "",
				List.of(), "Visited the showroom", "Call back", now.plus(1, ChronoUnit.DAYS)));
		interactions.record(new InteractionInput(tan.id(), InteractionType.CALL, now.minus(1, ChronoUnit.DAYS), 10, "",
				List.of(), "Asked about prices", "", null));

		TestSupport.service(org.rapport.contacts.CustomerDuplicates.class).merge(tan.id(), other.id(),
				customers.find(tan.id()).orElseThrow().input());

		long deadline = System.currentTimeMillis() + 10_000;
		while (interactions.of(tan.id(), null, 10, Set.of()).size() < 2 && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertEquals(2, interactions.of(tan.id(), null, 10, Set.of()).size(), "the visit came over with the merge");
		assertEquals(List.of(tan.id()), tasks.of(security(), TaskWindow.OPEN, ZoneId.systemDefault(), Locale.UK).stream()
				.map(Task::customerId).toList(), "so did the follow-up task");
	}

	private static List<String> titles(List<Task> list) {
		return list.stream().map(Task::title).toList();
	}

	private static String security() {
		return System.getProperty("user.name");
	}
}
