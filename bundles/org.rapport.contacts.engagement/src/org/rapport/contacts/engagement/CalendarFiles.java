package org.rapport.contacts.engagement;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.engagement.internal.Messages;

/** Appointments to and from iCalendar (RFC 5545) files, as other calendar programs read and write them. */
public interface CalendarFiles {

	/**
	 * The outcome of an import.
	 *
	 * @param imported   events added to the calendar
	 * @param skipped    events already on the calendar (same title and time), cancelled ones, and to-dos or journal
	 *                   entries, which are no appointments
	 * @param rejected   events that could not be read, each reported with its line
	 * @param warnings   things taken differently from the file (a default length, a title cut short), one a line
	 * @param rejects    the CSV file beside the imported one listing the rejected events with line, UID, title and
	 *                   reason, or null when none was rejected
	 * @param warned     the CSV file beside the imported one listing the warnings likewise, or null when none
	 * @param firstLines the first rejections and warnings as lines to show ("line 12 (...): why")
	 */
	record Summary(int imported, int skipped, int rejected, int warnings, Path rejects, Path warned,
			List<String> firstLines) {

		public Summary {
			firstLines = List.copyOf(firstLines);
		}

		/** One line for the user: {@code imported 12, skipped 1, rejected 1, warnings 2}, and where the lists are. */
		public String text() {
			List<String> files = new ArrayList<>();
			if (rejects != null) {
				files.add(NLS.bind(Messages.Ics_rejectsFile, rejects));
			}
			if (warned != null) {
				files.add(NLS.bind(Messages.Ics_warningsFile, warned));
			}
			String counts = NLS.bind(Messages.Ics_summary, new Object[] { imported, skipped, rejected, warnings });
			return files.isEmpty() ? counts : counts + " (" + String.join("; ", files) + ")";
		}
	}

	/**
	 * Writes the appointments of these people overlapping a time range to an .ics file: a repeating one once,
	 * with its rule, each in the time zone it was planned in.
	 *
	 * @return how many events were written
	 */
	int exportIcs(Path file, Collection<String> people, Instant from, Instant to);

	/**
	 * Reads the events of an .ics file into the signed-in user's calendar, keeping their time zones and repeat
	 * rules, in one transaction: a failure or a crash part way leaves nothing of the file behind. An event that
	 * cannot be read is rejected (and reported with its line) while the others are imported. The file is read as it
	 * comes, line by line, so its size does not matter; its lines, properties and events have limits.
	 *
	 * @throws IllegalArgumentException naming the file and the line when the file cannot be imported at all (not
	 *                                  iCalendar, a line, a property or an event over its limit); nothing is imported
	 * @throws org.rapport.platform.persistence.DatabaseException naming the line of an event the database refused;
	 *                                                            nothing is imported
	 */
	Summary importIcs(Path file);
}
