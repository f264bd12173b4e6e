package org.rapport.contacts.engagement.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.CalendarFiles;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.platform.validation.ValidationException;

/** Appointments to .ics and back: a weekly one keeps its rule and its zone; other programs' files read right. */
class CalendarFilesTest extends WithCustomers {

	private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");
	private static final Path GOOGLE = Path.of("resources", "google-weekly.ics").toAbsolutePath();

	private TeamCalendar calendar;
	private CalendarFiles files;
	private String me;

	@BeforeEach
	void services() throws Exception {
		calendar = TestSupport.service(TeamCalendar.class);
		files = TestSupport.service(CalendarFiles.class);
		me = System.getProperty("user.name");
	}

	@Test
	void aWeeklyAppointmentGoesOutAndComesBackWithItsRuleAndZone() throws Exception {
		Appointment weekly = calendar.create(new AppointmentInput("Pipeline review", at("2026-12-01T09:00"),
				at("2026-12-01T10:00"), KL, "Room 2", null, List.of(), null, "FREQ=WEEKLY;COUNT=4"));
		assertEquals(4, calendar.between(List.of(me), at("2026-11-30T00:00"), at("2027-01-31T00:00")).size());
		Path file = home.resolve("review.ics");

		assertEquals(1, files.exportIcs(file, List.of(me), at("2026-12-01T00:00"), at("2026-12-31T00:00")));
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("RRULE:FREQ=WEEKLY;COUNT=4"), text);
		assertTrue(text.contains("DTSTART;TZID=Asia/Kuala_Lumpur:20261201T090000"), text);

		calendar.delete(weekly.id());
		assertEquals(1, files.importIcs(file).imported());

		List<Appointment> back = calendar.between(List.of(me), at("2026-11-30T00:00"), at("2027-01-31T00:00"));
		assertEquals(4, back.size(), "four weekly occurrences again");
		assertEquals(List.of(at("2026-12-01T09:00"), at("2026-12-08T09:00"), at("2026-12-15T09:00"), at("2026-12-22T09:00")),
				back.stream().map(Appointment::start).toList());
		assertEquals(KL, back.get(0).zone());
		assertEquals("FREQ=WEEKLY;COUNT=4", back.get(0).recurrence());
		assertEquals("Room 2", back.get(0).location());
	}

	@Test
	void aGoogleCalendarExportReadsWithItsZonesAndRules() throws Exception {
		Path google = Files.copy(GOOGLE, home.resolve("google-weekly.ics"));
		assertEquals(2, files.importIcs(google).imported());
		List<Appointment> december = calendar.between(List.of(me), at("2026-12-01T00:00"), at("2027-01-01T00:00"));
		assertEquals(4, december.size(), "three stand-ups and one call");
		Appointment standUp = december.get(0);
		assertEquals("Weekly sales stand-up", standUp.title());
		assertEquals(at("2026-12-07T09:00"), standUp.start());
		assertEquals("Level 12, Menara Sinar", standUp.location());
		assertTrue(december.stream().anyMatch(a -> a.title().equals("Call with the Penang office")
				&& a.start().equals(Instant.parse("2026-12-08T06:00:00Z"))), "UTC times stay UTC: 14:00 in KL");
		assertEquals(1, calendar.conflicts(at("2026-12-14T09:15"), at("2026-12-14T09:45"), List.of(me), null).size(),
				"a repeating appointment's occurrence is a conflict too");
	}

	@Test
	void aBrokenFileSaysWhereAndAddsNothing() throws Exception {
		Path broken = home.resolve("broken.ics");
		Files.writeString(broken, "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20261201T090000Z\nSUMMARY:x\n",
				StandardCharsets.UTF_8);
		CalendarFiles.Summary summary = files.importIcs(broken);
		assertEquals(0, summary.imported());
		assertEquals(1, summary.rejected(), "the event the file breaks off in");
		assertEquals(List.of(NLS.bind(Messages.Ics_rejectedAt, new Object[] { 3, " (\"x\")", Messages.Ics_unclosed })),
				summary.firstLines(), "said with its line");
		assertEquals(home.resolve("broken.ics.rejects.csv"), summary.rejects());
		assertThrows(ValidationException.class, () -> calendar.create(new AppointmentInput("Odd", at("2026-12-01T09:00"),
				at("2026-12-01T10:00"), KL, null, null, List.of(), null, "FREQ=SOMETIMES")));
		assertEquals(List.of(), calendar.between(List.of(me), at("2026-11-01T00:00"), at("2027-01-01T00:00")));
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(KL).toInstant();
	}
}
