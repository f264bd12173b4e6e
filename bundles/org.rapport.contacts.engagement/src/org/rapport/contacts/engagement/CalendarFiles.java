package org.rapport.contacts.engagement;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;

/** Appointments to and from iCalendar (RFC 5545) files, as other calendar programs read and write them. */
public interface CalendarFiles {

	/**
	 * Writes the appointments of these people overlapping a time range to an .ics file: a repeating one once,
	 * with its rule, each in the time zone it was planned in.
	 *
	 * @return how many events were written
	 */
	int exportIcs(Path file, Collection<String> people, Instant from, Instant to);

	/**
	 * Reads the events of an .ics file into the signed-in user's calendar, keeping their time zones and repeat
	 * rules; all or nothing.
	 *
	 * @return how many appointments were added
	 * @throws IllegalArgumentException naming the file and the line where it cannot be read
	 */
	int importIcs(Path file);
}
