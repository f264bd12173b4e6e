package org.rapport.contacts.engagement.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.Conflict;
import org.rapport.contacts.engagement.InteractionInput;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.contacts.engagement.internal.store.AppointmentEntity;
import org.rapport.contacts.engagement.internal.store.AppointmentRows;
import org.rapport.contacts.engagement.internal.store.EngagementUnit;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/**
 * The team calendar: an appointment is an {@link AppointmentEntity} with a version, its attendees rows written with
 * SQL in the same transaction, its audit row too; calendars are read with SQL ({@link AppointmentRows}).
 */
@Component(service = TeamCalendar.class)
public class JpaTeamCalendar implements TeamCalendar {

	private static final String AUDIT_TYPE = "contacts.appointment";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private CustomerService customers;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public List<Conflict> conflicts(Instant start, Instant end, Collection<String> people, Long except) {
		List<Conflict> conflicts = new ArrayList<>();
		for (Appointment a : between(people, start, end)) {
			if (except != null && a.id() == except) {
				continue;
			}
			for (String person : people) {
				if (a.attendees().contains(person)) {
					conflicts.add(new Conflict(a, person));
				}
			}
		}
		return conflicts;
	}

	@Override
	public Appointment create(AppointmentInput in) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		check(in);
		String owner = in.owner() == null || in.owner().isBlank() ? security.currentLogin() : in.owner();
		Appointment made = Transactions.inTransaction(factory(), em -> {
			AppointmentEntity e = new AppointmentEntity(owner);
			e.plan(in, zone(in));
			em.persist(e);
			// The row first: the attendees refer to it.
			em.flush();
			return Transactions.sql(em, c -> {
				AppointmentRows.writeAttendees(c, e.id(), in.start(), owner, in.attendees());
				audit.record(c, AUDIT_TYPE, String.valueOf(e.id()), "*", null, in.title() + " " + in.start());
				return AppointmentRows.read(c, List.of(e.id())).get(0);
			});
		});
		Events.post(events, ENTITY, EventTopics.CREATED, made.id(), owner);
		return made;
	}

	@Override
	public Appointment update(long id, int version, AppointmentInput in) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		check(in);
		Appointment saved;
		try {
			saved = Transactions.inTransaction(factory(), em -> {
				// Forced: a change of the attendees alone is a new version too.
				AppointmentEntity e = em.find(AppointmentEntity.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
				if (e == null) {
					throw notFound(id);
				}
				if (e.version() != version) {
					// Saved by someone else since it was read: refused like a write the database found stale.
					throw new OptimisticLockException();
				}
				String time = e.start() + "/" + e.end();
				e.plan(in, zone(in));
				em.flush();
				return Transactions.sql(em, c -> {
					AppointmentRows.writeAttendees(c, id, in.start(), e.owner(), in.attendees());
					audit.record(c, AUDIT_TYPE, String.valueOf(id), "time", time, in.start() + "/" + in.end());
					return AppointmentRows.read(c, List.of(id)).get(0);
				});
			});
		} catch (StaleRecordException e) {
			String title = lookUp(id).map(Appointment::title).orElse(in.title());
			throw new StaleRecordException(NLS.bind(Messages.Appointment_stale, title), e);
		}
		Events.post(events, ENTITY, EventTopics.UPDATED, id, security.currentLogin());
		return saved;
	}

	@Override
	public Appointment held(long id, int version, String outcome) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		Appointment a = require(id);
		if (a.version() != version) {
			throw stale(a.title(), null);
		}
		if (a.held()) {
			return a;
		}
		InteractionInput meeting = a.customerId() == null ? null : new InteractionInput(a.customerId(),
				InteractionType.MEETING, a.start(), (int) Duration.between(a.start(), a.end()).toMinutes(),
				a.location(), a.attendees(), outcome, null, null);
		if (meeting != null) {
			List<FieldError> errors = JdbcInteractions.problems(meeting, customers);
			if (!errors.isEmpty()) {
				throw new ValidationException(errors);
			}
		}
		String user = security.currentLogin();
		Jdbc jdbc = database.jdbc();
		Held done;
		try {
			done = Transactions.inTransaction(factory(), em -> {
				AppointmentEntity e = em.find(AppointmentEntity.class, id);
				if (e == null) {
					throw notFound(id);
				}
				if (e.version() != version) {
					throw new OptimisticLockException();
				}
				// Written at the version read: someone recording it as held at the same time waits for this row and
				// then finds it changed, so the meeting is on the customer's timeline once.
				e.hold();
				em.flush();
				return Transactions.sql(em, c -> {
					audit.record(c, AUDIT_TYPE, String.valueOf(id), "held", "false", "true");
					Long interaction = meeting == null ? null
							: JdbcInteractions.insert(jdbc, c, audit, meeting, JdbcInteractions.participants(meeting,
									user), user);
					return new Held(AppointmentRows.read(c, List.of(id)).get(0), interaction);
				});
			});
		} catch (StaleRecordException e) {
			throw stale(a.title(), e);
		}
		if (done.interaction() != null) {
			customers.noteInteraction(meeting.customerId(), meeting.at());
			Events.post(events, Interactions.ENTITY, EventTopics.CREATED, done.interaction(), user);
		}
		Events.post(events, ENTITY, EventTopics.UPDATED, id, user);
		return done.appointment();
	}

	/** An appointment recorded as held, and the id of its meeting interaction (null without a customer). */
	private record Held(Appointment appointment, Long interaction) {
	}

	private static StaleRecordException stale(String title, StaleRecordException cause) {
		return new StaleRecordException(NLS.bind(Messages.Appointment_stale, title), cause);
	}

	@Override
	public void delete(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		Transactions.change(factory(), em -> {
			AppointmentEntity e = em.find(AppointmentEntity.class, id);
			if (e == null) {
				throw notFound(id);
			}
			String was = e.title() + " " + e.start();
			// The attendees go with it (ON DELETE CASCADE).
			em.remove(e);
			em.flush();
			Transactions.sql(em, c -> {
				audit.record(c, AUDIT_TYPE, String.valueOf(id), "*", was, null);
				return null;
			});
		});
		Events.post(events, ENTITY, EventTopics.DELETED, id, security.currentLogin());
	}

	@Override
	public List<Appointment> between(Collection<String> people, Instant from, Instant to) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		if (people.isEmpty()) {
			return List.of();
		}
		return database.jdbc().read(c -> AppointmentRows.between(c, people, from, to));
	}

	@Override
	public Optional<Appointment> find(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return lookUp(id);
	}

	private Optional<Appointment> lookUp(long id) {
		return database.jdbc().read(c -> AppointmentRows.read(c, List.of(id))).stream().findFirst();
	}

	private Appointment require(long id) {
		return lookUp(id).orElseThrow(() -> notFound(id));
	}

	private EntityManagerFactory factory() {
		return EngagementUnit.factory(database);
	}

	private static ValidationException notFound(long id) {
		return new ValidationException("appointment", NLS.bind(Messages.Appointment_notFound, id));
	}

	private static ZoneId zone(AppointmentInput in) {
		return in.zone() == null ? ZoneId.systemDefault() : in.zone();
	}

	private static void check(AppointmentInput in) {
		List<FieldError> errors = new ArrayList<>();
		if (in.title() == null || in.title().isBlank()) {
			errors.add(new FieldError("title", Messages.Appointment_noTitle));
		}
		if (in.start() == null || in.end() == null || !in.end().isAfter(in.start())) {
			errors.add(new FieldError("end", Messages.Appointment_endBeforeStart));
		} else if (Duration.between(in.start(), in.end()).compareTo(AppointmentRows.LONGEST) > 0) {
			errors.add(new FieldError("end", NLS.bind(Messages.Appointment_tooLong, AppointmentRows.LONGEST.toDays())));
		} else if (in.start().isBefore(Occurrences.FIRST) || in.end().isAfter(Occurrences.LAST)) {
			errors.add(new FieldError("start", Messages.Appointment_outOfRange));
		}
		try {
			Occurrences.check(in.recurrence());
		} catch (IllegalArgumentException e) {
			errors.add(new FieldError("recurrence", e.getMessage()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}
}
