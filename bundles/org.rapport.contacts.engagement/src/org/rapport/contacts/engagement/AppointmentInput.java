package org.rapport.contacts.engagement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A new appointment, or the new state of one.
 *
 * @param attendees colleagues invited besides the owner
 */
public record AppointmentInput(String title, Instant start, Instant end, ZoneId zone, String location, Long customerId,
		List<String> attendees) {

	public AppointmentInput {
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
	}
}
