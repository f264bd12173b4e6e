package org.rapport.contacts.engagement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A new appointment, or the new state of one.
 *
 * @param attendees colleagues invited besides the owner
 * @param owner      whose appointment it is (an assistant plans for a colleague); null for the one saving it
 * @param recurrence how it repeats, an iCalendar RRULE value such as {@code FREQ=WEEKLY;COUNT=4}; empty for once
 */
public record AppointmentInput(String title, Instant start, Instant end, ZoneId zone, String location, Long customerId,
		List<String> attendees, String owner, String recurrence) {

	public AppointmentInput {
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
		recurrence = recurrence == null ? "" : recurrence.strip();
	}

	/** An appointment that happens once. */
	public AppointmentInput(String title, Instant start, Instant end, ZoneId zone, String location, Long customerId,
			List<String> attendees, String owner) {
		this(title, start, end, zone, location, customerId, attendees, owner, "");
	}

	/** An appointment of the one saving it. */
	public AppointmentInput(String title, Instant start, Instant end, ZoneId zone, String location, Long customerId,
			List<String> attendees) {
		this(title, start, end, zone, location, customerId, attendees, null, "");
	}
}
