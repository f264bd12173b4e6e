package org.rapport.contacts.engagement.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.Task;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.TaskWindow;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.validation.ValidationException;

/**
 * Two people change the same appointment: the second save is refused and names it, the first stays. Tasks complete
 * once however often they are ticked. A write that fails half way leaves nothing of itself behind.
 */
class VersionsAndRollbackTest extends WithCustomers {

	private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");
	/** Longer than a login may be (engagement_attendee.login is 128 characters): the database refuses it. */
	private static final String NO_SUCH_LOGIN = "x".repeat(129);

	private TeamCalendar calendar;
	private Tasks tasks;
	private AuditLog audit;
	private String me;

	@BeforeEach
	void services() throws Exception {
		calendar = TestSupport.service(TeamCalendar.class);
		tasks = TestSupport.service(Tasks.class);
		audit = TestSupport.service(AuditLog.class);
		me = System.getProperty("user.name");
	}

	@Test
	void anAppointmentSavedMeanwhileIsNotOverwrittenAndTheRefusalNamesIt() {
		Appointment created = calendar.create(new AppointmentInput("Pipeline review", at("2026-12-01T10:00"),
				at("2026-12-01T11:00"), KL, "Room 2", null, List.of("weijie")));
		Appointment mine = calendar.find(created.id()).orElseThrow();
		Appointment theirs = calendar.find(created.id()).orElseThrow();

		// A colleague only invites Priya: that is a new version too.
		Appointment invited = calendar.update(theirs.id(), theirs.version(), new AppointmentInput("Pipeline review",
				theirs.start(), theirs.end(), KL, "Room 2", null, List.of("weijie", "priya")));
		assertTrue(invited.version() > theirs.version(), "a change of the invitations alone is a new version");

		StaleRecordException e = assertThrows(StaleRecordException.class, () -> calendar.update(mine.id(),
				mine.version(), new AppointmentInput("Pipeline review", at("2026-12-01T15:00"), at("2026-12-01T16:00"),
						KL, "Room 5", null, List.of("weijie"))));
		assertEquals(NLS.bind(Messages.Appointment_stale, "Pipeline review"), e.getMessage());
		assertTrue(e.getMessage().contains("Pipeline review"), e.getMessage());

		Appointment stored = calendar.find(created.id()).orElseThrow();
		assertEquals(invited, stored, "the colleague's change stays as saved, version and all");
		assertTrue(stored.attendees().contains("priya"));
		assertEquals(at("2026-12-01T10:00"), stored.start(), "nothing of the refused change was written");
		assertEquals("Room 2", stored.location());
		assertEquals(1, calendar.between(List.of("priya"), at("2026-12-01T00:00"), at("2026-12-02T00:00")).size());

		Appointment reopened = calendar.update(stored.id(), stored.version(), new AppointmentInput("Pipeline review",
				at("2026-12-01T15:00"), at("2026-12-01T16:00"), KL, "Room 5", null, stored.attendees()));
		assertEquals(at("2026-12-01T15:00"), reopened.start(), "opened again, the change is saved");
		assertTrue(reopened.attendees().contains("priya"));
	}

	@Test
	void aTaskIsCompletedOnceAndAnUnknownOrDeletedOneIsNotFound() {
		Instant due = Instant.now().plus(1, ChronoUnit.DAYS);
		Task call = tasks.create(new TaskInput("Call back", null, due, Priority.HIGH, null));
		int created = version(call.id());

		assertTrue(tasks.complete(call.id()).done());
		assertEquals(created + 1, version(call.id()), "completing is one new version");
		assertTrue(tasks.complete(call.id()).done(), "completing twice is fine");
		assertEquals(created + 1, version(call.id()), "and changes nothing more");
		assertEquals(List.of("*", "done"), audit.history("contacts.task", String.valueOf(call.id())).stream()
				.map(AuditEntry::field).toList(), "created and done, each audited once");

		// Handed out in a batch with SQL: the row starts at the column's default and completes like any other.
		assertEquals(1, tasks.createAll(List.of(new TaskInput("Send brochure", null, due, null, null))));
		Task handed = tasks.of(me, TaskWindow.OPEN, KL, Locale.UK).get(0);
		assertEquals("Send brochure", handed.title());
		assertEquals(0, version(handed.id()));
		assertTrue(tasks.complete(handed.id()).done());
		assertEquals(1, version(handed.id()));
		assertEquals(List.of(), tasks.of(me, TaskWindow.OPEN, KL, Locale.UK));

		long unknown = handed.id() + 1_000_000;
		ValidationException notThere = assertThrows(ValidationException.class, () -> tasks.complete(unknown));
		assertEquals(NLS.bind(Messages.Task_notFound, unknown), notThere.errors().get(0).message());
		database.jdbc().change(c -> Rows.update(c, "DELETE FROM engagement_task WHERE id = ?", call.id()));
		ValidationException deleted = assertThrows(ValidationException.class, () -> tasks.complete(call.id()));
		assertEquals(NLS.bind(Messages.Task_notFound, call.id()), deleted.errors().get(0).message());
	}

	@Test
	void anAttendeeTheDatabaseRefusesLeavesNoHalfWrittenAppointment() {
		assertThrows(DatabaseException.class, () -> calendar.create(new AppointmentInput("Board meeting",
				at("2026-12-02T10:00"), at("2026-12-02T11:00"), KL, null, null, List.of("weijie", NO_SUCH_LOGIN))));
		assertEquals(List.of(), calendar.between(List.of(me, "weijie"), at("2026-12-02T00:00"),
				at("2026-12-03T00:00")));
		assertEquals(0, count("SELECT COUNT(*) FROM engagement_appointment"), "the appointment's row went with it");
		assertEquals(0, count("SELECT COUNT(*) FROM engagement_attendee"));
		assertEquals(0, count("SELECT COUNT(*) FROM platform_audit_log WHERE entity_type = 'contacts.appointment'"),
				"and so did its audit row");

		Appointment review = calendar.create(new AppointmentInput("Pipeline review", at("2026-12-03T10:00"),
				at("2026-12-03T11:00"), KL, "Room 2", null, List.of("weijie")));
		assertThrows(DatabaseException.class, () -> calendar.update(review.id(), review.version(), new AppointmentInput(
				"Pipeline review, moved", at("2026-12-03T14:00"), at("2026-12-03T15:00"), KL, "Room 5", null,
				List.of(NO_SUCH_LOGIN))));
		assertEquals(review, calendar.find(review.id()).orElseThrow(),
				"title, time, attendees and version as before the failed change");
		assertFalse(calendar.between(List.of("weijie"), at("2026-12-03T00:00"), at("2026-12-04T00:00")).isEmpty(),
				"the attendees removed by the failed change are back");
		assertEquals(1, audit.history("contacts.appointment", String.valueOf(review.id())).size(),
				"only the creation is audited");
		Appointment moved = calendar.update(review.id(), review.version(), new AppointmentInput(
				"Pipeline review, moved", at("2026-12-03T14:00"), at("2026-12-03T15:00"), KL, "Room 5", null,
				List.of("weijie")));
		assertEquals("Pipeline review, moved", moved.title(), "the version read before the failure still saves");
	}

	private int version(long taskId) {
		return database.jdbc().first("SELECT version FROM engagement_task WHERE id = ?", List.of(taskId),
				rs -> rs.getInt(1)).orElseThrow();
	}

	private long count(String sql) {
		return database.jdbc().first(sql, List.of(), rs -> rs.getLong(1)).orElseThrow();
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(KL).toInstant();
	}
}
