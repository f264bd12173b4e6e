package org.rapport.contacts.engagement.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.engagement.Appointment;

import net.fortuna.ical4j.model.Recur;

/**
 * The occurrences of repeating appointments, by iCal4j's reading of the RRULE, reckoned in the zone the
 * appointment was planned in (so a weekly 09:00 in Kuala Lumpur stays 09:00 there).
 */
public final class Occurrences {

	private Occurrences() {
	}

	/** Throws IllegalArgumentException with a message naming the rule when iCalendar cannot read it. */
	static void check(String rrule) {
		if (rrule.isEmpty()) {
			return;
		}
		try {
			new Recur<ZonedDateTime>(rrule);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Appointment_badRecurrence, rrule, e.getMessage()), e);
		}
	}

	/** The appointment's occurrences overlapping a time range, earliest first. */
	public static List<Appointment> within(Appointment a, Instant from, Instant to) {
		if (a.recurrence().isEmpty()) {
			return a.overlaps(from, to) ? List.of(a) : List.of();
		}
		Duration length = Duration.between(a.start(), a.end());
		Recur<ZonedDateTime> recur = new Recur<>(a.recurrence());
		List<ZonedDateTime> starts = recur.getDates(a.start().atZone(a.zone()), from.minus(length).atZone(a.zone()),
				to.atZone(a.zone()));
		return starts.stream().map(s -> a.at(s.toInstant())).filter(o -> o.overlaps(from, to)).toList();
	}
}
