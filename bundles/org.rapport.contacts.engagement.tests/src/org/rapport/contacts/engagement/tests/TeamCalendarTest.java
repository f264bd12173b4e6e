package org.rapport.contacts.engagement.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.Conflict;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.platform.validation.ValidationException;

/** Overlaps are found across colleagues, across midnight and across time zones; touching ends do not clash. */
class TeamCalendarTest extends WithCustomers {

	private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private TeamCalendar calendar;
	private String me;

	@BeforeEach
	void services() throws Exception {
		calendar = TestSupport.service(TeamCalendar.class);
		me = System.getProperty("user.name");
	}

	@Test
	void anInvitedColleaguesAppointmentIsAConflictForHimButNotForOthers() {
		Appointment review = calendar.create(input("Pipeline review", at(KL, "2026-12-01T10:00"), at(KL, "2026-12-01T11:00"),
				KL, List.of("weijie")));

		List<Conflict> conflicts = calendar.conflicts(at(KL, "2026-12-01T10:30"), at(KL, "2026-12-01T11:30"),
				List.of("weijie", "priya"), null);
		assertEquals(List.of(new Conflict(review, "weijie")), conflicts);
		assertEquals(List.of(), calendar.conflicts(at(KL, "2026-12-01T11:00"), at(KL, "2026-12-01T12:00"),
				List.of("weijie", me), null), "ending at 11:00 and starting at 11:00 do not clash");
		assertEquals(List.of(), calendar.conflicts(at(KL, "2026-12-01T10:30"), at(KL, "2026-12-01T11:30"),
				List.of("weijie"), review.id()), "moving an appointment does not clash with itself");
	}

	@Test
	void aLateMeetingClashesWithOneAfterMidnight() {
		Appointment dinner = calendar.create(input("Client dinner", at(KL, "2026-12-03T23:00"), at(KL, "2026-12-04T00:30"),
				KL, List.of()));
		List<Conflict> conflicts = calendar.conflicts(at(KL, "2026-12-04T00:00"), at(KL, "2026-12-04T01:00"), List.of(me),
				null);
		assertEquals(1, conflicts.size());
		assertEquals(dinner.id(), conflicts.get(0).with().id());
		assertEquals(List.of(dinner), calendar.between(List.of(me), at(KL, "2026-12-04T00:00"), at(KL, "2026-12-05T00:00")),
				"the next day's calendar shows the dinner that runs into it");
	}

	@Test
	void timesPlannedInDifferentZonesClashByTheClockNotByTheirLocalHours() {
		// 09:00-10:00 in Kuala Lumpur is 01:00-02:00 in London.
		Appointment call = calendar.create(input("Call with the KL office", at(KL, "2026-12-07T09:00"),
				at(KL, "2026-12-07T10:00"), KL, List.of()));
		assertEquals(1, calendar.conflicts(at(LONDON, "2026-12-07T01:30"), at(LONDON, "2026-12-07T02:30"), List.of(me),
				null).size());
		assertEquals(0, calendar.conflicts(at(LONDON, "2026-12-07T09:00"), at(LONDON, "2026-12-07T10:00"), List.of(me),
				null).size(), "the same local hours in London are later");
		assertEquals(KL, calendar.between(List.of(me), call.start(), call.end()).get(0).zone(), "the zone it was planned in");
	}

	@Test
	void aHeldAppointmentBecomesAMeetingOnTheCustomersTimeline() throws Exception {
		Customer tan = customers.create(CustomerInput.person("Mei Ling", "Tan", null, "meiling@sinar.my", null));
		Appointment visit = calendar.create(new AppointmentInput("Site visit", at(KL, "2026-11-20T14:00"),
				at(KL, "2026-11-20T15:30"), KL, "Shah Alam", tan.id(), List.of("priya")));

		calendar.held(visit.id(), visit.version(), "Agreed to a trial");

		var held = TestSupport.service(Interactions.class).of(tan.id(), null, 10, Set.of());
		assertEquals(1, held.size());
		assertEquals(InteractionType.MEETING, held.get(0).type());
		assertEquals(90, held.get(0).minutes());
		assertEquals("Agreed to a trial", held.get(0).outcome());
		assertTrue(held.get(0).participants().contains("priya"));
		assertThrows(ValidationException.class, () -> calendar.create(input("Backwards", at(KL, "2026-12-01T10:00"),
				at(KL, "2026-12-01T09:00"), KL, List.of())));
	}

	private static AppointmentInput input(String title, Instant start, Instant end, ZoneId zone, List<String> invited) {
		return new AppointmentInput(title, start, end, zone, null, null, invited);
	}

	private static Instant at(ZoneId zone, String local) {
		return LocalDateTime.parse(local).atZone(zone).toInstant();
	}
}
