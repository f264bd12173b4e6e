package org.rapport.contacts.engagement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A meeting on the team calendar.
 *
 * @param version    the version read, handed back to {@link TeamCalendar#update} so that a change made meanwhile
 *                   by someone else is not overwritten
 * @param zone       the time zone it was planned in (shown and exported in it)
 * @param customerId the customer it is with, or null
 * @param attendees  logins of everyone invited, the owner included
 * @param held       whether it took place and became an interaction
 * @param recurrence how it repeats, as an iCalendar RRULE value ({@code FREQ=WEEKLY;COUNT=4}), or empty; lists
 *                   of appointments in a time range hold one entry per occurrence, each with its own start
 */
public record Appointment(long id, int version, String title, Instant start, Instant end, ZoneId zone, String location,
		Long customerId, String owner, List<String> attendees, boolean held, String recurrence) {

	public Appointment {
		attendees = List.copyOf(attendees);
		recurrence = recurrence == null ? "" : recurrence;
	}

	/** The same appointment at another time (an occurrence of a repeating one). */
	public Appointment at(Instant newStart) {
		Instant newEnd = newStart.plus(java.time.Duration.between(start, end));
		return new Appointment(id, version, title, newStart, newEnd, zone, location, customerId, owner, attendees, held,
				recurrence);
	}

	/** Whether it overlaps a time range (touching ends do not overlap). */
	public boolean overlaps(Instant from, Instant to) {
		return start.isBefore(to) && end.isAfter(from);
	}
}
