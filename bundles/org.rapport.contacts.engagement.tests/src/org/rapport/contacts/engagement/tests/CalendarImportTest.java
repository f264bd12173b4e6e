package org.rapport.contacts.engagement.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
import org.rapport.contacts.engagement.CalendarFiles;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.Rows;

/**
 * A calendar exported from Outlook with public holidays, a call without an end, an event that cannot be read, a
 * cancelled lunch and a to-do: everything readable comes in, the rest is listed with its line, and the whole import
 * is one transaction, so a failure part way leaves nothing behind.
 */
class CalendarImportTest extends WithCustomers {

	private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");
	private static final Path OUTLOOK = Path.of("resources", "outlook-holidays.ics").toAbsolutePath();

	private TeamCalendar calendar;
	private CalendarFiles files;
	private AuditLog audit;
	private String me;
	/** The zone of whole days and of times a file writes in a zone Java does not know. */
	private final ZoneId here = ZoneId.systemDefault();

	@BeforeEach
	void services() throws Exception {
		calendar = TestSupport.service(TeamCalendar.class);
		files = TestSupport.service(CalendarFiles.class);
		audit = TestSupport.service(AuditLog.class);
		me = System.getProperty("user.name");
	}

	@Test
	void whatCanBeReadComesInAndTheRestIsListedWithItsLine() throws Exception {
		Path file = Files.copy(OUTLOOK, home.resolve("outlook-holidays.ics"));
		CalendarFiles.Summary summary = files.importIcs(file);

		assertEquals(5, summary.imported(), "two holidays, a call, a site visit, a weekly review");
		assertEquals(2, summary.skipped(), "the cancelled lunch and the to-do");
		assertEquals(1, summary.rejected(), "the review whose start cannot be read");
		assertEquals(3, summary.warnings(), "the call's length, Outlook's zone, the review's EXDATE");
		assertEquals(NLS.bind(Messages.Ics_summary, new Object[] { 5, 2, 1, 3 }) + " ("
				+ NLS.bind(Messages.Ics_rejectsFile, home.resolve("outlook-holidays.ics.rejects.csv")) + "; "
				+ NLS.bind(Messages.Ics_warningsFile, home.resolve("outlook-holidays.ics.warnings.csv")) + ")",
				summary.text());
		assertTrue(summary.firstLines().contains(NLS.bind(Messages.Ics_rejectedAt, new Object[] { 33,
				" (\"Quarterly review with Syarikat Maju\", UID broken-start)",
				NLS.bind(Messages.Ics_badTime, "2026-09-03 10:00") })), summary.firstLines().toString());

		List<Appointment> september = calendar.between(List.of(me), day("2026-08-30"), day("2026-10-01"));
		Appointment merdeka = only(september, "Hari Kebangsaan");
		assertEquals(day("2026-08-31"), merdeka.start(), "written with its end equal to its start");
		assertEquals(day("2026-09-01"), merdeka.end(), "it lasts that day");
		Appointment malaysiaDay = only(september, "Hari Malaysia");
		assertEquals(day("2026-09-16"), malaysiaDay.start(), "written without an end");
		assertEquals(day("2026-09-17"), malaysiaDay.end(), "it lasts its day");
		Appointment call = only(september, "Call Tan Sri Lim about the renewal");
		assertEquals(kl("2026-09-02T15:00"), call.start());
		assertEquals(kl("2026-09-02T16:00"), call.end(), "a timed event without an end lasts an hour");
		Appointment visit = only(september, "Site visit, Penang");
		assertEquals(LocalDateTime.parse("2026-09-04T09:30").atZone(here).toInstant(), visit.start());
		assertEquals("Bayan Lepas, Penang", visit.location(), "unfolded and unescaped");
		List<Appointment> reviews = september.stream().filter(a -> a.title().equals("Pipeline review")).toList();
		assertEquals(List.of(kl("2026-09-07T09:00"), kl("2026-09-14T09:00"), kl("2026-09-21T09:00")),
				reviews.stream().map(Appointment::start).toList());
		assertEquals(Duration.ofMinutes(45), Duration.between(reviews.get(0).start(), reviews.get(0).end()));
		assertTrue(september.stream().noneMatch(a -> a.title().startsWith("Quarterly") || a.title().startsWith("Lunch")
				|| a.title().startsWith("Send")), "nothing rejected, cancelled or to do is on the calendar");

		List<String> rejects = Files.readAllLines(summary.rejects(), StandardCharsets.UTF_8);
		assertEquals("line,uid,summary,property,value,reason", rejects.get(0));
		assertEquals("33,broken-start,Quarterly review with Syarikat Maju,DTSTART,2026-09-03 10:00,\""
				+ NLS.bind(Messages.Ics_badTime, "2026-09-03 10:00").replace("\"", "\"\"") + "\"", rejects.get(1));
		List<String> warnings = Files.readAllLines(summary.warned(), StandardCharsets.UTF_8);
		assertEquals(List.of("26", "39", "67"), warnings.subList(1, warnings.size()).stream()
				.map(w -> w.substring(0, w.indexOf(','))).toList(), "each warning with its line");
		assertTrue(warnings.get(1).endsWith(NLS.bind(Messages.Ics_defaultLength, 60)), warnings.get(1));

		List<AuditEntry> audited = audit.history("contacts.calendar-import", "outlook-holidays.ics");
		assertEquals(List.of(NLS.bind(Messages.Ics_summary, new Object[] { 5, 2, 1, 3 })),
				audited.stream().map(AuditEntry::newValue).toList(), "the import is audited with its outcome");

		CalendarFiles.Summary again = files.importIcs(file);
		assertEquals(0, again.imported(), "what is on the calendar already is not added twice");
		assertEquals(7, again.skipped());
		assertEquals(september.size(), calendar.between(List.of(me), day("2026-08-30"), day("2026-10-01")).size());
		assertNull(again.warned(), "warnings are about events imported");
	}

	@Test
	void aFileRefusedPartWayLeavesNothingBehind() throws Exception {
		StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
		for (int i = 1; i <= 3; i++) {
			text.append(event("Visit " + i, "2026-10-0" + i));
		}
		// Line 21, in the fourth event: an HTML description written on one line of 200,000 characters.
		text.append("BEGIN:VEVENT\r\nDTSTART:20261005T010000Z\r\nSUMMARY:Visit 4\r\nX-ALT-DESC;FMTTYPE=text/html:")
				.append("<p>".repeat(66_667)).append("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
		Path file = write("refused.ics", text);

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> files.importIcs(file));
		assertEquals(NLS.bind(Messages.Ics_lineTooLong, new Object[] { "refused.ics", 21, 100_000 }), e.getMessage());
		assertEquals(List.of(), calendar.between(List.of(me), day("2026-10-01"), day("2026-11-01")),
				"the three visits read before the refusal are not on the calendar");
		assertEquals(0, count("SELECT COUNT(*) FROM engagement_appointment"));
		assertEquals(List.of(), audit.history("contacts.calendar-import", "refused.ics"));
		assertFalse(Files.exists(home.resolve("refused.ics.rejects.csv")) || Files.exists(home.resolve(
				"refused.ics.warnings.csv")), "an import that did not happen leaves no lists");
	}

	@Test
	void anEventTheDatabaseRefusesFailsTheWholeImportNamingItsLine() throws Exception {
		// The database, not Rapport, refuses this one title: the third event of the file.
		database.jdbc().change(c -> Rows.update(c, "ALTER TABLE engagement_appointment ADD CONSTRAINT"
				+ " test_no_board CHECK (title <> 'Board meeting')"));
		StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
		text.append(event("Visit 1", "2026-10-01")).append(event("Visit 2", "2026-10-02"))
				.append(event("Board meeting", "2026-10-03")).append(event("Visit 4", "2026-10-04"))
				.append("END:VCALENDAR\r\n");
		Path file = write("board.ics", text);

		DatabaseException e = assertThrows(DatabaseException.class, () -> files.importIcs(file));
		assertTrue(e.getMessage().startsWith("board.ics, line 13"), e.getMessage());
		assertEquals(0, count("SELECT COUNT(*) FROM engagement_appointment"), "the two visits before went with it");
		assertEquals(0, count("SELECT COUNT(*) FROM engagement_attendee"));
		assertEquals(List.of(), audit.history("contacts.calendar-import", "board.ics"));
	}

	@Test
	void hugeAndForeignFilesAreRefusedWithTheirLine() throws Exception {
		Path noBreaks = write("one-line.ics", new StringBuilder("BEGIN:VCALENDAR").append("x".repeat(300_000)));
		assertEquals(NLS.bind(Messages.Ics_lineTooLong, new Object[] { "one-line.ics", 1, 100_000 }),
				assertThrows(IllegalArgumentException.class, () -> files.importIcs(noBreaks)).getMessage());

		// A title folded over 2,000 lines: 140,000 characters once unfolded.
		StringBuilder folded = new StringBuilder("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261001T010000Z\r\n")
				.append("SUMMARY:Visit\r\n").append((" " + "y".repeat(70) + "\r\n").repeat(2_000))
				.append("END:VEVENT\r\nEND:VCALENDAR\r\n");
		Path longTitle = write("long-title.ics", folded);
		assertEquals(NLS.bind(Messages.Ics_valueTooLong, new Object[] { "long-title.ics", 4, "SUMMARY", 100_000 }),
				assertThrows(IllegalArgumentException.class, () -> files.importIcs(longTitle)).getMessage());

		// An attachment is passed over, line by line, up to the size of one event.
		StringBuilder attached = new StringBuilder("BEGIN:VCALENDAR\r\n").append(event("Visit 1", "2026-10-01"))
				.append("BEGIN:VEVENT\r\nDTSTART:20261002T010000Z\r\nSUMMARY:Visit 2\r\nATTACH;ENCODING=BASE64:\r\n")
				.append((" " + "QUJD".repeat(18) + "\r\n").repeat(140_000)).append("END:VEVENT\r\nEND:VCALENDAR\r\n");
		Path big = write("attached.ics", attached);
		assertEquals(NLS.bind(Messages.Ics_eventTooLong, new Object[] { "attached.ics", 7, 10_000_000 }),
				assertThrows(IllegalArgumentException.class, () -> files.importIcs(big)).getMessage());

		Path csv = write("contacts.csv", new StringBuilder("\uFEFFname,email\r\nAminah,aminah@example.my\r\n"));
		assertEquals(NLS.bind(Messages.Ics_notCalendar, "contacts.csv", 1),
				assertThrows(IllegalArgumentException.class, () -> files.importIcs(csv)).getMessage());
		assertEquals(0, count("SELECT COUNT(*) FROM engagement_appointment"));
	}

	/** A five-line event at 09:00 in Kuala Lumpur, an hour long. */
	private static String event(String title, String day) {
		String start = day.replace("-", "") + "T090000";
		return "BEGIN:VEVENT\r\nDTSTART;TZID=Asia/Kuala_Lumpur:" + start + "\r\nDURATION:PT1H\r\nSUMMARY:" + title
				+ "\r\nEND:VEVENT\r\n";
	}

	private Path write(String name, CharSequence text) throws Exception {
		return Files.writeString(home.resolve(name), text, StandardCharsets.UTF_8);
	}

	private long count(String sql) {
		return database.jdbc().first(sql, List.of(), rs -> rs.getLong(1)).orElseThrow();
	}

	private static Appointment only(List<Appointment> appointments, String title) {
		List<Appointment> named = appointments.stream().filter(a -> a.title().equals(title)).toList();
		assertEquals(1, named.size(), title);
		return named.get(0);
	}

	private Instant day(String date) {
		return LocalDate.parse(date).atStartOfDay(here).toInstant();
	}

	private static Instant kl(String local) {
		return LocalDateTime.parse(local).atZone(KL).toInstant();
	}
}
