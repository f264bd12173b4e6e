package org.rapport.contacts.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.Interaction;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.Task;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.contacts.testing.AtOnce;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.StaleRecordException;

/**
 * Two people record the same meeting as held, or tick the same task, on what they read or at the same moment: the
 * meeting lands on the customer's timeline once with the first one's outcome, the second is told which appointment
 * it was; a task is completed once.
 */
class HeldAndDoneOnceTest extends WithCustomers {

	private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");
	/** Rounds of each race: the threads do not always overlap in the database, each round is a new chance. */
	private static final int ROUNDS = 5;

	private TeamCalendar calendar;
	private Interactions interactions;
	private AuditLog audit;
	private Customer tan;

	@BeforeEach
	void services() throws Exception {
		calendar = TestSupport.service(TeamCalendar.class);
		interactions = TestSupport.service(Interactions.class);
		audit = TestSupport.service(AuditLog.class);
		tan = customers.create(CustomerInput.person("Mei Ling", "Tan", "Sinar Logistics", "meiling@sinar.my", null));
	}

	@Test
	void aSecondHeldOnTheSameReadingIsRefusedByNameAndTheFirstOutcomeIsTheMeeting() {
		Appointment read = visit("Site visit", 20);
		calendar.held(read.id(), read.version(), "Agreed to a trial");

		StaleRecordException stale = assertThrows(StaleRecordException.class,
				() -> calendar.held(read.id(), read.version(), "Wants a discount first"));
		assertEquals(NLS.bind(Messages.Appointment_stale, "Site visit"), stale.getMessage());

		List<Interaction> timeline = interactions.of(tan.id(), null, 10, Set.of());
		assertEquals(List.of("Agreed to a trial"), timeline.stream().map(Interaction::outcome).toList(),
				"one meeting, with the first one's outcome");
		assertEquals(List.of("*", "held"), fields("contacts.appointment", read.id()), "held once in its history");
		assertTrue(calendar.find(read.id()).orElseThrow().held());
	}

	@Test
	void anAppointmentChangedMeanwhileIsNotRecordedAsHeldOnTheOldReading() {
		Appointment read = visit("Quarterly review", 21);
		Appointment moved = calendar.update(read.id(), read.version(), new AppointmentInput("Quarterly review",
				read.start().plus(2, ChronoUnit.HOURS), read.end().plus(2, ChronoUnit.HOURS), KL, "Shah Alam", tan.id(),
				read.attendees()));

		assertThrows(StaleRecordException.class, () -> calendar.held(read.id(), read.version(), "Went well"));
		assertFalse(calendar.find(read.id()).orElseThrow().held());
		assertEquals(List.of(), interactions.of(tan.id(), null, 10, Set.of()), "no meeting recorded");

		calendar.held(moved.id(), moved.version(), "Went well");
		Interaction meeting = interactions.of(tan.id(), null, 10, Set.of()).get(0);
		assertEquals(moved.start(), meeting.at(), "at the time the colleague moved it to");
	}

	@Test
	void heldAtTheSameMomentByTwoMakesOneMeeting() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Appointment read = visit("Visit " + round, 22 + round);
			List<Object> outcomes = AtOnce.together(() -> calendar.held(read.id(), read.version(), "Signed"),
					() -> calendar.held(read.id(), read.version(), "Signed, with changes"));

			assertEquals(1, outcomes.stream().filter(Appointment.class::isInstance).count(), outcomes.toString());
			Object refused = outcomes.stream().filter(o -> !(o instanceof Appointment)).findFirst().orElseThrow();
			assertInstanceOf(StaleRecordException.class, refused, String.valueOf(refused));
			assertTrue(((StaleRecordException) refused).getMessage().contains("Visit " + round));
			assertEquals(round + 1, interactions.of(tan.id(), null, 50, Set.of()).size(), "one meeting more");
		}
	}

	@Test
	void aTaskTickedByTwoAtTheSameMomentIsCompletedOnce() throws Exception {
		Tasks tasks = TestSupport.service(Tasks.class);
		for (int round = 0; round < ROUNDS; round++) {
			Task task = tasks.create(new TaskInput("Call back " + round, tan.id(), Instant.now().plus(1,
					ChronoUnit.DAYS), Priority.HIGH, null));
			int created = version(task);
			List<Object> outcomes = AtOnce.together(() -> tasks.complete(task.id()), () -> tasks.complete(task.id()));

			for (Object o : outcomes) {
				assertInstanceOf(Task.class, o, String.valueOf(o));
				assertTrue(((Task) o).done(), "each sees it done");
			}
			assertEquals(created + 1, version(task), "completed once: one new version");
			assertEquals(List.of("*", "done"), fields("contacts.task", task.id()), "and one change in its history");
		}
	}

	private Appointment visit(String title, int day) {
		return calendar.create(new AppointmentInput(title, at("2026-11-" + day + "T14:00"),
				at("2026-11-" + day + "T15:30"), KL, "Shah Alam", tan.id(), List.of("priya")));
	}

	private List<String> fields(String type, long id) {
		return audit.history(type, String.valueOf(id)).stream().map(AuditEntry::field).toList();
	}

	private int version(Task task) {
		return database.jdbc().first("SELECT version FROM engagement_task WHERE id = ?", List.of(task.id()),
				rs -> rs.getInt(1)).orElseThrow();
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(KL).toInstant();
	}
}
