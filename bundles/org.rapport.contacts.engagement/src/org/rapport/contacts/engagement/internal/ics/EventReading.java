package org.rapport.contacts.engagement.internal.ics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.contacts.engagement.internal.Occurrences;
import org.rapport.contacts.engagement.internal.ics.IcsEvents.EventText;
import org.rapport.contacts.engagement.internal.store.AppointmentRows;

import net.fortuna.ical4j.model.TemporalAmountAdapter;

/**
 * An event of a file as an appointment of the calendar, or why it cannot be one. What is taken differently from
 * the file is said as a warning: an event without an end lasts {@link #DEFAULT_LENGTH} (a whole-day one the day, as
 * RFC 5545 has it), a whole-day event whose end equals its start (as some programs write public holidays) lasts
 * that day, a title longer than the calendar keeps is cut.
 */
final class EventReading {

	/** The length of a timed event written without an end (or ending when it starts). */
	static final Duration DEFAULT_LENGTH = Duration.ofHours(1);
	/** The longest title and location: the lengths of engagement_appointment.title and location. */
	static final int LONGEST_TEXT = 300;

	/** Something said about an event: the line, the property and its value, why. */
	record Note(int line, String property, String value, String reason) {
	}

	/**
	 * What became of an event.
	 *
	 * @param input     the appointment, or null when rejected or cancelled
	 * @param rejection why it was rejected, or null
	 * @param cancelled whether the file says it was cancelled
	 * @param warnings  what was taken differently from the file
	 * @param uid       its UID, or ""
	 * @param title     its title as written, or ""
	 */
	record Outcome(AppointmentInput input, Note rejection, boolean cancelled, List<Note> warnings, String uid,
			String title) {
	}

	private final EventText event;
	private final ZoneId here;
	private final List<Note> warnings = new ArrayList<>();

	private EventReading(EventText event, ZoneId here) {
		this.event = event;
		this.here = here;
	}

	/** Reads an event; {@code here} is the zone of times written without one. */
	static Outcome read(EventText event, ZoneId here) {
		return new EventReading(event, here).read();
	}

	private Outcome read() {
		String uid = event.first("UID") == null ? "" : event.first("UID").textValue();
		String written = event.first("SUMMARY") == null ? "" : event.first("SUMMARY").textValue();
		if (event.broken() != null) {
			return rejected(new Note(event.broken().line(), "", "", event.broken().reason()), uid, written);
		}
		ContentLine status = event.first("STATUS");
		if (status != null && status.textValue().equalsIgnoreCase("CANCELLED")) {
			return new Outcome(null, null, true, List.of(), uid, written);
		}
		try {
			return new Outcome(appointment(written), null, false, List.copyOf(warnings), uid, written);
		} catch (Rejected e) {
			return rejected(e.note, uid, written);
		}
	}

	private AppointmentInput appointment(String written) throws Rejected {
		String title = text("SUMMARY", written);
		if (title.isEmpty()) {
			title = Messages.Ics_untitled;
			warnings.add(new Note(event.line(), "SUMMARY", "", NLS.bind(Messages.Ics_noTitle, title)));
		}
		ContentLine start = event.first("DTSTART");
		if (start == null) {
			throw new Rejected(new Note(event.line(), "DTSTART", "", Messages.Ics_missingStart));
		}
		EventTime begins = time(start, null);
		ZoneId zone = begins.zone();
		Instant end = end(begins);
		if (end.isBefore(begins.instant())) {
			throw new Rejected(new Note(line("DTEND", "DURATION"), "DTEND", "", Messages.Ics_endsBeforeStart));
		}
		if (Duration.between(begins.instant(), end).compareTo(AppointmentRows.LONGEST) > 0) {
			throw new Rejected(new Note(line("DTEND", "DURATION"), "DTEND", "",
					NLS.bind(Messages.Appointment_tooLong, AppointmentRows.LONGEST.toDays())));
		}
		if (begins.instant().isBefore(Occurrences.FIRST) || end.isAfter(Occurrences.LAST)) {
			throw new Rejected(new Note(start.line(), "DTSTART", start.value(), Messages.Appointment_outOfRange));
		}
		String location = text("LOCATION", "");
		return new AppointmentInput(title, begins.instant(), end, zone, location.isEmpty() ? null : location, null,
				List.of(), null, rule());
	}

	/** The end: DTEND, else DTSTART plus DURATION, else the default length (a whole-day event: its day). */
	private Instant end(EventTime begins) throws Rejected {
		ContentLine endLine = event.first("DTEND");
		ContentLine duration = event.first("DURATION");
		Instant end;
		if (endLine != null) {
			end = time(endLine, begins.zone()).instant();
		} else if (duration != null) {
			end = after(begins, duration);
		} else {
			end = begins.instant();
		}
		if (!end.equals(begins.instant())) {
			return end;
		}
		if (begins.wholeDay()) {
			return begins.zoned().plusDays(1).toInstant();
		}
		ContentLine said = endLine != null ? endLine : duration;
		warnings.add(new Note(said == null ? event.line() : said.line(), said == null ? "DTEND" : said.name(),
				said == null ? "" : said.value(), NLS.bind(Messages.Ics_defaultLength, DEFAULT_LENGTH.toMinutes())));
		return begins.instant().plus(DEFAULT_LENGTH);
	}

	/** The start plus a DURATION ({@code PT45M}, {@code P1D}: a day of the calendar, whatever its hours). */
	private Instant after(EventTime begins, ContentLine duration) throws Rejected {
		try {
			TemporalAmount amount = TemporalAmountAdapter.parse(duration.value().strip()).getDuration();
			return begins.zoned().plus(amount).toInstant();
		} catch (RuntimeException e) {
			// Unreadable, or so long (P99999999999W) that no calendar reaches its end.
			throw new Rejected(new Note(duration.line(), "DURATION", duration.value(),
					NLS.bind(Messages.Ics_badDuration, duration.value())));
		}
	}

	/** The repeat rule, checked; with what of it is not shown, and what of the series is not kept, as warnings. */
	private String rule() throws Rejected {
		ContentLine rrule = event.first("RRULE");
		String rule = rrule == null ? "" : rrule.value().strip();
		if (rrule != null) {
			try {
				Occurrences.check(rule);
			} catch (IllegalArgumentException e) {
				throw new Rejected(new Note(rrule.line(), "RRULE", rule, e.getMessage()));
			}
			Occurrences.beyondBounds(rule).ifPresent(w -> warnings.add(new Note(rrule.line(), "RRULE", rule, w)));
			if (event.count("RRULE") > 1) {
				warnings.add(new Note(event.properties().get("RRULE").get(1).line(), "RRULE", "",
						Messages.Ics_secondRule));
			}
		}
		for (String name : List.of("RDATE", "EXDATE")) {
			ContentLine dates = event.first(name);
			if (dates != null) {
				warnings.add(new Note(dates.line(), name, dates.value(), Messages.Ics_datesNotKept));
			}
		}
		ContentLine changed = event.first("RECURRENCE-ID");
		if (changed != null) {
			warnings.add(new Note(changed.line(), "RECURRENCE-ID", changed.value(), Messages.Ics_changedOccurrence));
		}
		return rule;
	}

	private EventTime time(ContentLine line, ZoneId fallback) throws Rejected {
		try {
			EventTime time = EventTime.of(line, here);
			if (time.unknownZone() != null) {
				ZoneId used = fallback != null ? fallback : here;
				// Said once for the event, though DTSTART and DTEND both name it.
				if (warnings.stream().noneMatch(w -> w.value().equals(time.unknownZone()))) {
					warnings.add(new Note(line.line(), line.name(), time.unknownZone(),
							NLS.bind(Messages.Ics_unknownZone, time.unknownZone(), used.getId())));
				}
				return time.in(used);
			}
			return time;
		} catch (IllegalArgumentException e) {
			throw new Rejected(new Note(line.line(), line.name(), line.value(), NLS.bind(Messages.Ics_badTime,
					line.value())));
		}
	}

	/** A text property, cut to what the calendar keeps (with a warning), or the default. */
	private String text(String name, String otherwise) {
		ContentLine line = event.first(name);
		if (line == null) {
			return otherwise;
		}
		String text = line.textValue();
		if (text.indexOf('\uFFFD') >= 0) {
			warnings.add(new Note(line.line(), name, text, Messages.Ics_notUtf8));
		}
		if (text.length() > LONGEST_TEXT) {
			warnings.add(new Note(line.line(), name, text, NLS.bind(Messages.Ics_cut, LONGEST_TEXT)));
			text = text.substring(0, LONGEST_TEXT).strip();
		}
		return text;
	}

	private int line(String... names) {
		for (String name : names) {
			if (event.first(name) != null) {
				return event.first(name).line();
			}
		}
		return event.line();
	}

	private Outcome rejected(Note why, String uid, String title) {
		return new Outcome(null, why, false, List.of(), uid, title);
	}

	/** An event that cannot be an appointment. */
	private static final class Rejected extends Exception {

		private static final long serialVersionUID = 1L;

		final transient Note note;

		Rejected(Note note) {
			super(note.reason(), null, false, false);
			this.note = note;
		}
	}
}
