package org.rapport.contacts.engagement.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/**
 * Appointments in engagement_appointment, with every attendee (the owner too) in engagement_attendee, whose
 * (login, start) index answers "what is on these calendars this week" without reading anyone else's.
 */
@Component(service = TeamCalendar.class)
public class JdbcTeamCalendar implements TeamCalendar {

	/** The longest appointment: lets a week be read from an index on the start time. */
	static final Duration LONGEST = Duration.ofDays(14);
	private static final String COLUMNS = "a.id, a.title, a.start_at, a.end_at, a.time_zone, a.location, a.customer_id,"
			+ " a.owner_login, a.held, a.recurrence";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private Interactions interactions;

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
		String owner = in.owner() == null || in.owner().isBlank() ? security.currentUser().login() : in.owner();
		long id;
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try {
				id = new Store.Ids(database.info().kind()).next(c);
				Store.update(c, "INSERT INTO engagement_appointment (id, title, start_at, end_at, time_zone, location,"
						+ " customer_id, owner_login, held, created_at, recurrence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						Arrays.asList(id, in.title().strip(), in.start(), in.end(), zone(in).getId(), in.location(),
								in.customerId(), owner, false, Instant.now(), in.recurrence().isEmpty() ? null : in.recurrence()));
				writeAttendees(c, id, in, owner);
				c.commit();
			} catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("contacts.appointment", String.valueOf(id), "*", null, in.title() + " " + in.start());
		Events.post(events, ENTITY, EventTopics.CREATED, id, owner);
		return require(id);
	}

	@Override
	public Appointment update(long id, AppointmentInput in) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		check(in);
		Appointment before = require(id);
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try {
				Store.update(c, "UPDATE engagement_appointment SET title = ?, start_at = ?, end_at = ?, time_zone = ?,"
						+ " location = ?, customer_id = ?, recurrence = ? WHERE id = ?", Arrays.asList(in.title().strip(),
								in.start(), in.end(), zone(in).getId(), in.location(), in.customerId(),
								in.recurrence().isEmpty() ? null : in.recurrence(), id));
				Store.update(c, "DELETE FROM engagement_attendee WHERE appointment_id = ?", List.of(id));
				writeAttendees(c, id, in, before.owner());
				c.commit();
			} catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("contacts.appointment", String.valueOf(id), "time", before.start() + "/" + before.end(),
				in.start() + "/" + in.end());
		Events.post(events, ENTITY, EventTopics.UPDATED, id, security.currentUser().login());
		return require(id);
	}

	@Override
	public Appointment held(long id, String outcome) {
		Appointment a = require(id);
		if (a.customerId() != null && !a.held()) {
			interactions.record(new InteractionInput(a.customerId(), InteractionType.MEETING, a.start(),
					(int) Duration.between(a.start(), a.end()).toMinutes(), a.location(), a.attendees(), outcome,
					null, null));
		}
		try (Connection c = database.dataSource().getConnection()) {
			Store.update(c, "UPDATE engagement_appointment SET held = ? WHERE id = ?", Arrays.asList(true, id));
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		Events.post(events, ENTITY, EventTopics.UPDATED, id, security.currentUser().login());
		return require(id);
	}

	@Override
	public void delete(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		Appointment before = require(id);
		try (Connection c = database.dataSource().getConnection()) {
			Store.update(c, "DELETE FROM engagement_appointment WHERE id = ?", List.of(id));
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("contacts.appointment", String.valueOf(id), "*", before.title() + " " + before.start(), null);
		Events.post(events, ENTITY, EventTopics.DELETED, id, security.currentUser().login());
	}

	@Override
	public List<Appointment> between(Collection<String> people, Instant from, Instant to) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		Set<String> logins = new LinkedHashSet<>(people);
		if (logins.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>(logins);
		params.add(from.minus(LONGEST));
		params.add(to);
		params.add(from);
		String marks = String.join(", ", Collections.nCopies(logins.size(), "?"));
		try (Connection c = database.dataSource().getConnection()) {
			Set<Long> ids = new LinkedHashSet<>(Store.query(c, "SELECT DISTINCT p.appointment_id FROM engagement_attendee p"
					+ " JOIN engagement_appointment a ON a.id = p.appointment_id WHERE p.login IN (" + marks + ")"
					+ " AND p.start_at > ? AND p.start_at < ? AND a.end_at > ? AND a.recurrence IS NULL", params,
					rs -> rs.getLong(1)));
			// Repeating ones started before the range, perhaps long before: few, and expanded here.
			List<Object> series = new ArrayList<>(logins);
			series.add(to);
			ids.addAll(Store.query(c, "SELECT DISTINCT p.appointment_id FROM engagement_attendee p JOIN"
					+ " engagement_appointment a ON a.id = p.appointment_id WHERE p.login IN (" + marks + ")"
					+ " AND p.start_at < ? AND a.recurrence IS NOT NULL", series, rs -> rs.getLong(1)));
			List<Appointment> occurrences = new ArrayList<>();
			for (Appointment a : read(c, List.copyOf(ids))) {
				occurrences.addAll(Occurrences.within(a, from, to));
			}
			occurrences.sort(java.util.Comparator.comparing(Appointment::start).thenComparing(Appointment::id));
			return occurrences;
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	@Override
	public java.util.Optional<Appointment> find(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		try (Connection c = database.dataSource().getConnection()) {
			return read(c, List.of(id)).stream().findFirst();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private Appointment require(long id) {
		try (Connection c = database.dataSource().getConnection()) {
			List<Appointment> found = read(c, List.of(id));
			if (found.isEmpty()) {
				throw new ValidationException(List.of(new FieldError("appointment", NLS.bind(Messages.Appointment_notFound, id))));
			}
			return found.get(0);
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** The appointments with their attendees, earliest first. */
	private static List<Appointment> read(Connection c, List<Long> ids) throws SQLException {
		if (ids.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
		Map<Long, List<String>> attendees = new LinkedHashMap<>();
		for (Object[] row : Store.query(c, "SELECT appointment_id, login FROM engagement_attendee WHERE appointment_id IN ("
				+ marks + ")", ids, rs -> new Object[] { rs.getLong(1), rs.getString(2) })) {
			attendees.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
		}
		return Store.query(c, "SELECT " + COLUMNS + " FROM engagement_appointment a WHERE a.id IN (" + marks
				+ ") ORDER BY a.start_at, a.id", ids, rs -> appointment(rs, attendees));
	}

	private static Appointment appointment(ResultSet rs, Map<Long, List<String>> attendees) throws SQLException {
		List<String> people = new ArrayList<>(attendees.getOrDefault(rs.getLong(1), List.of()));
		Collections.sort(people);
		return new Appointment(rs.getLong(1), rs.getString(2), Store.instant(rs, 3), Store.instant(rs, 4),
				ZoneId.of(rs.getString(5)), rs.getString(6), Store.nullableLong(rs, 7), rs.getString(8), people,
				rs.getBoolean(9), rs.getString(10));
	}

	private static void writeAttendees(Connection c, long id, AppointmentInput in, String owner) throws SQLException {
		Set<String> everyone = new LinkedHashSet<>();
		everyone.add(owner);
		everyone.addAll(in.attendees());
		for (String login : everyone) {
			Store.update(c, "INSERT INTO engagement_attendee (appointment_id, login, start_at) VALUES (?, ?, ?)",
					Arrays.asList(id, login, in.start()));
		}
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
		} else if (Duration.between(in.start(), in.end()).compareTo(LONGEST) > 0) {
			errors.add(new FieldError("end", NLS.bind(Messages.Appointment_tooLong, LONGEST.toDays())));
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
