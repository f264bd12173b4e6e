package org.rapport.contacts.engagement.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.internal.Occurrences;
import org.rapport.platform.persistence.Rows;

/**
 * The SQL side of the calendar: every attendee (the owner too) is a row of engagement_attendee, whose (login, start)
 * index answers "what is on these calendars this week" without reading anyone else's. The rows are written in the
 * transaction that writes the appointment's entity.
 */
public final class AppointmentRows {

	/** The longest appointment: lets a week be read from an index on the start time. */
	public static final Duration LONGEST = Duration.ofDays(14);

	private static final String COLUMNS = "a.id, a.version, a.title, a.start_at, a.end_at, a.time_zone, a.location,"
			+ " a.customer_id, a.owner_login, a.held, a.recurrence";

	private AppointmentRows() {
	}

	/** The occurrences on any of these calendars overlapping a time range, earliest first. */
	public static List<Appointment> between(Connection c, Collection<String> people, Instant from, Instant to)
			throws SQLException {
		Set<String> logins = new LinkedHashSet<>(people);
		if (logins.isEmpty()) {
			return List.of();
		}
		String marks = marks(logins.size());
		List<Object> params = new ArrayList<>(logins);
		params.add(from.minus(LONGEST));
		params.add(to);
		params.add(from);
		Set<Long> ids = new LinkedHashSet<>(Rows.query(c, "SELECT DISTINCT p.appointment_id FROM engagement_attendee p"
				+ " JOIN engagement_appointment a ON a.id = p.appointment_id WHERE p.login IN (" + marks + ")"
				+ " AND p.start_at > ? AND p.start_at < ? AND a.end_at > ? AND a.recurrence IS NULL", params,
				rs -> rs.getLong(1)));
		// Repeating ones started before the range, perhaps long before: few, and expanded here.
		List<Object> series = new ArrayList<>(logins);
		series.add(to);
		ids.addAll(Rows.query(c, "SELECT DISTINCT p.appointment_id FROM engagement_attendee p JOIN"
				+ " engagement_appointment a ON a.id = p.appointment_id WHERE p.login IN (" + marks + ")"
				+ " AND p.start_at < ? AND a.recurrence IS NOT NULL", series, rs -> rs.getLong(1)));
		List<Appointment> occurrences = new ArrayList<>();
		for (Appointment a : read(c, List.copyOf(ids))) {
			occurrences.addAll(Occurrences.within(a, from, to));
		}
		occurrences.sort(Comparator.comparing(Appointment::start).thenComparing(Appointment::id));
		return occurrences;
	}

	/** The appointments as planned, with their attendees, earliest first. */
	public static List<Appointment> read(Connection c, List<Long> ids) throws SQLException {
		if (ids.isEmpty()) {
			return List.of();
		}
		String marks = marks(ids.size());
		Map<Long, List<String>> attendees = new LinkedHashMap<>();
		for (Object[] row : Rows.query(c, "SELECT appointment_id, login FROM engagement_attendee"
				+ " WHERE appointment_id IN (" + marks + ")", ids,
				rs -> new Object[] { rs.getLong(1), rs.getString(2) })) {
			attendees.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
		}
		return Rows.query(c, "SELECT " + COLUMNS + " FROM engagement_appointment a WHERE a.id IN (" + marks
				+ ") ORDER BY a.start_at, a.id", ids, rs -> appointment(rs, attendees));
	}

	/** Writes the attendees of an appointment anew: the owner and everyone invited, at its start. */
	public static void writeAttendees(Connection c, long id, Instant start, String owner, List<String> invited)
			throws SQLException {
		Rows.update(c, "DELETE FROM engagement_attendee WHERE appointment_id = ?", id);
		Set<String> everyone = new LinkedHashSet<>();
		everyone.add(owner);
		everyone.addAll(invited);
		for (String login : everyone) {
			Rows.update(c, "INSERT INTO engagement_attendee (appointment_id, login, start_at) VALUES (?, ?, ?)", id,
					login, start);
		}
	}

	private static Appointment appointment(ResultSet rs, Map<Long, List<String>> attendees) throws SQLException {
		List<String> people = new ArrayList<>(attendees.getOrDefault(rs.getLong(1), List.of()));
		Collections.sort(people);
		return new Appointment(rs.getLong(1), rs.getInt(2), rs.getString(3), Rows.instant(rs, 4), Rows.instant(rs, 5),
				ZoneId.of(rs.getString(6)), rs.getString(7), Rows.nullableLong(rs, 8), rs.getString(9), people,
				rs.getBoolean(10), rs.getString(11));
	}

	private static String marks(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}
}
