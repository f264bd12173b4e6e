package org.rapport.contacts.engagement.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.validation.ValidationException;

/**
 * Repeat rules that would never end (every second since 1970, ten million times, until the year 9999) cannot hang
 * the calendar: more often than daily is refused, the rest is shown within stated bounds (the first 5,000
 * occurrences, none after 2999, at most 1,000 of one appointment in one read) and the import says so.
 */
class RepeatBoundsTest extends WithCustomers {

	private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");
	private static final Path RULES = Path.of("resources", "unbounded-rules.ics").toAbsolutePath();
	private static final Duration QUICKLY = Duration.ofSeconds(20);

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
	void endlessRulesAreRefusedOrBoundedWithAWarning() throws Exception {
		CalendarFiles.Summary summary = files.importIcs(Files.copy(RULES, home.resolve("unbounded-rules.ics")));
		assertEquals(2, summary.imported(), "the daily huddle and the weekly call");
		assertEquals(2, summary.rejected(), "every second, and every quarter hour by BYHOUR and BYMINUTE");
		assertEquals(List.of(
				rejected(8, "Every second since 1970", "every-second",
						NLS.bind(Messages.Appointment_repeatsTooOften, "FREQ=SECONDLY")),
				warned(15, "Daily huddle", "ten-million",
						NLS.bind(Messages.Appointment_countBounded, "10000000", 5_000)),
				warned(22, "Weekly forecast call", "far-until", NLS.bind(Messages.Appointment_untilBounded, 2_999))),
				summary.firstLines().subList(0, 3));

		List<Appointment> year = assertTimeoutPreemptively(QUICKLY,
				() -> calendar.between(List.of(me), kl("2026-01-01T00:00"), kl("2027-01-01T00:00")));
		assertEquals(365, count(year, "Daily huddle"));
		assertEquals(52, count(year, "Weekly forecast call"));

		List<Appointment> ever = assertTimeoutPreemptively(QUICKLY,
				() -> calendar.between(List.of(me), Instant.parse("1900-01-01T00:00:00Z"),
						Instant.parse("2999-12-31T00:00:00Z")));
		assertEquals(1_000, count(ever, "Daily huddle"), "at most 1,000 occurrences of one appointment in one read");
		assertEquals(1_000, count(ever, "Weekly forecast call"));

		// COUNT=10000000 shows its first 5,000: the last on the 4,999th day after the first.
		LocalDate last = LocalDate.parse("2026-01-01").plusDays(4_999);
		List<Appointment> end = calendar.between(List.of(me), kl(last.minusDays(2) + "T00:00"),
				kl(last.plusDays(30) + "T00:00"));
		assertEquals(List.of(kl(last.minusDays(2) + "T08:00"), kl(last.minusDays(1) + "T08:00"), kl(last + "T08:00")),
				end.stream().filter(a -> a.title().equals("Daily huddle")).map(Appointment::start).toList());

		assertEquals(1, calendar.conflicts(kl("2026-06-01T08:05"), kl("2026-06-01T08:10"), List.of(me), null).size(),
				"a bounded rule still warns of conflicts");
	}

	@Test
	void aRuleMoreOftenThanDailyIsRefusedOnSave() {
		for (String rule : List.of("FREQ=SECONDLY", "FREQ=MINUTELY;COUNT=10", "FREQ=HOURLY",
				"FREQ=DAILY;BYHOUR=9,17")) {
			ValidationException e = assertThrows(ValidationException.class, () -> calendar.create(
					new AppointmentInput("Stand-up", kl("2026-12-01T09:00"), kl("2026-12-01T09:15"), KL, null, null,
							List.of(), null, rule)));
			assertEquals(NLS.bind(Messages.Appointment_repeatsTooOften, rule), e.errors().get(0).message());
		}
		ValidationException twice = assertThrows(ValidationException.class, () -> calendar.create(new AppointmentInput(
				"Stand-up", kl("2026-12-01T09:00"), kl("2026-12-01T09:15"), KL, null, null, List.of(), null,
				"FREQ=WEEKLY;BYDAY=MO,MO,MO")));
		assertEquals(NLS.bind(Messages.Appointment_repeatedValue, "FREQ=WEEKLY;BYDAY=MO,MO,MO"),
				twice.errors().get(0).message());
		ValidationException ancient = assertThrows(ValidationException.class, () -> calendar.create(
				new AppointmentInput("Founding", Instant.parse("1800-01-01T09:00:00Z"),
						Instant.parse("1800-01-01T10:00:00Z"), KL, null, null, List.of(), null, "FREQ=DAILY")));
		assertEquals(Messages.Appointment_outOfRange, ancient.errors().get(0).message());
		assertEquals(List.of(), calendar.between(List.of(me), kl("2026-11-01T00:00"), kl("2027-01-01T00:00")));
	}

	@Test
	void aRuleSavedBeforeTheCheckShowsOnceInsteadOfHanging() {
		Appointment a = calendar.create(new AppointmentInput("Heartbeat", Instant.parse("1970-01-01T00:00:00Z"),
				Instant.parse("1970-01-01T00:00:01Z"), ZoneId.of("UTC"), null, null, List.of(), null, "FREQ=DAILY"));
		// As an older version stored it, unchecked.
		database.jdbc().change(c -> Rows.update(c, "UPDATE engagement_appointment SET recurrence = ? WHERE id = ?",
				"FREQ=SECONDLY", a.id()));

		assertEquals(List.of(), assertTimeoutPreemptively(QUICKLY,
				() -> calendar.between(List.of(me), kl("2026-01-01T00:00"), kl("2027-01-01T00:00"))));
		assertEquals(List.of(a.start()), calendar.between(List.of(me), Instant.parse("1969-12-31T00:00:00Z"),
				Instant.parse("1970-01-02T00:00:00Z")).stream().map(Appointment::start).toList());
	}

	private static long count(List<Appointment> appointments, String title) {
		return appointments.stream().filter(a -> a.title().equals(title)).count();
	}

	private static String rejected(int line, String title, String uid, String why) {
		return NLS.bind(Messages.Ics_rejectedAt, new Object[] { line, " (\"" + title + "\", UID " + uid + ")", why });
	}

	private static String warned(int line, String title, String uid, String why) {
		return NLS.bind(Messages.Ics_warningAt, new Object[] { line, " (\"" + title + "\", UID " + uid + ")", why });
	}

	private static Instant kl(String local) {
		return LocalDateTime.parse(local).atZone(KL).toInstant();
	}
}
