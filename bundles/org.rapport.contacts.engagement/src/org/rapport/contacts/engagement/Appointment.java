package org.rapport.contacts.engagement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A meeting on the team calendar.
 *
 * @param zone       the time zone it was planned in (shown and exported in it)
 * @param customerId the customer it is with, or null
 * @param attendees  logins of everyone invited, the owner included
 * @param held       whether it took place and became an interaction
 */
public record Appointment(long id, String title, Instant start, Instant end, ZoneId zone, String location,
		Long customerId, String owner, List<String> attendees, boolean held) {

	public Appointment {
		attendees = List.copyOf(attendees);
	}

	/** Whether it overlaps a time range (touching ends do not overlap). */
	public boolean overlaps(Instant from, Instant to) {
		return start.isBefore(to) && end.isAfter(from);
	}
}
