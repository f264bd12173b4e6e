package org.rapport.contacts.engagement.tests;

import org.rapport.contacts.testing.OnServerDatabase;
import org.rapport.contacts.testing.TestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.CustomerTimeline;
import org.rapport.contacts.FieldType;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.Segments;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.InteractionInput;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.StaleRecordException;

/**
 * The contacts and engagement tables on a real PostgreSQL: migrations, prefix search, custom field search,
 * segment rules, the timeline, calendar conflicts and an appointment saved on an old version. The server's database
 * is shared by the test run, so the records of this test carry a name of their own.
 */
@EnabledIfSystemProperty(named = TestSupport.POSTGRES, matches = ".+:\\d+/.+")
class PostgresEngagementTest extends OnServerDatabase {

	private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");

	@Test
	void searchSegmentsTimelineAndCalendarWorkOnPostgres() throws Exception {
		assertTrue(database.info().product().startsWith("PostgreSQL"), database.info().product());
		String run = "pg" + Long.toString(System.nanoTime(), 36);
		CustomerService customers = TestSupport.service(CustomerService.class);
		CustomFields fields = TestSupport.service(CustomFields.class);
		fields.define(new CustomField(run, "Diet " + run, FieldType.MULTI_CHOICE, List.of("halal", "no pork")));
		Customer zoe = customers.create(person("Zoë", run + "zoe@example.my", "Kuala Lumpur", VipTier.GOLD, run));
		customers.create(person("Zainal", run + "zainal@example.my", "Ipoh", VipTier.GOLD, run));
		customers.create(person("Zara", run + "zara@example.my", "kuala lumpur", VipTier.NONE, run));
		fields.setValues(zoe.id(), Map.of(run, "halal;no pork"));

		assertEquals(List.of("Zoë " + run), names(customers, "ZOE " + run), "accents and case folded, prefix on pg");
		assertEquals(List.of("Zoë " + run), names(customers, run + ":no p"), "a custom field's value");
		Segments segments = TestSupport.service(Segments.class);
		assertEquals(1, segments.count(segments.parse("tag = " + run + " and vip != NONE and city ~ kuala")));
		assertEquals(2, segments.count(segments.parse("tag = " + run + " and (custom." + run + " = halal or city = Ipoh)")));

		Interactions interactions = TestSupport.service(Interactions.class);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (int i = 0; i < 3; i++) {
			interactions.record(new InteractionInput(zoe.id(), InteractionType.CALL, now.minus(i, ChronoUnit.DAYS), 10, "",
					List.of(), "Call " + i, "", null));
		}
		assertEquals(List.of("Call 0", "Call 1", "Call 2"), TestSupport.service(CustomerTimeline.class)
				.page(zoe.id(), null, 10, Set.of("CALL")).stream().map(e -> e.detail()).toList());
		assertEquals(1, segments.count(segments.parse("tag = " + run + " and last_interaction >= -2d")));

		TeamCalendar calendar = TestSupport.service(TeamCalendar.class);
		Instant nine = LocalDateTime.parse("2026-12-02T09:00").atZone(KL).toInstant();
		Appointment review = calendar.create(new AppointmentInput("Weekly review", nine, nine.plus(1, ChronoUnit.HOURS),
				KL, null, zoe.id(), List.of(), run, "FREQ=WEEKLY;COUNT=3"));
		assertEquals(1, calendar.conflicts(nine.plus(7, ChronoUnit.DAYS).plus(30, ChronoUnit.MINUTES),
				nine.plus(7, ChronoUnit.DAYS).plus(90, ChronoUnit.MINUTES), List.of(run), null).size());

		// The appointment entity on PostgreSQL: its times, its version, a save made on an old version refused.
		AppointmentInput later = new AppointmentInput("Weekly review", nine.plus(2, ChronoUnit.HOURS),
				nine.plus(3, ChronoUnit.HOURS), KL, "Room 2", zoe.id(), List.of(), run, "FREQ=WEEKLY;COUNT=3");
		Appointment moved = calendar.update(review.id(), review.version(), later);
		assertEquals(nine.plus(2, ChronoUnit.HOURS), moved.start());
		assertEquals(KL, moved.zone());
		assertThrows(StaleRecordException.class, () -> calendar.update(review.id(), review.version(), later));
		assertEquals(moved, calendar.find(review.id()).orElseThrow());
	}

	private static CustomerInput person(String given, String email, String city, VipTier vip, String tag) {
		CustomerInput p = CustomerInput.person(given, tag, null, email, null);
		return new CustomerInput(CustomerKind.PERSON, null, p.givenName(), p.familyName(), null, null, null, null, null,
				null, null, city, "MY", null, LifecycleStage.PROSPECT, vip, true, null, p.channels(), Set.of(tag), null, null,
				null, null, null);
	}

	private static List<String> names(CustomerService customers, String typed) {
		return customers.search(CustomerQuery.matching(typed, 10)).stream().map(CustomerSummary::name).toList();
	}
}
