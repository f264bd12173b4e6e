package org.rapport.contacts.engagement.internal.ics;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.engagement.internal.Messages;

/**
 * The events (VEVENT) of an iCalendar file one at a time, as {@link IcsLines} reads it. A broken event (a line
 * that is no property, an END that does not match, the file ending inside it) comes with what is wrong and where,
 * and the reading goes on after it. The file is refused as a whole when it is not iCalendar, when components nest
 * deeper than {@link #DEEPEST} or when one event is longer than {@link #LONGEST_EVENT} characters.
 */
final class IcsEvents {

	/** The longest event, alarms and attachments included. */
	static final int LONGEST_EVENT = 10_000_000;
	/** How deep components may nest (VCALENDAR, VEVENT, VALARM are three). */
	static final int DEEPEST = 10;

	private static final String CALENDAR = "VCALENDAR";
	private static final String EVENT = "VEVENT";
	/** Components that are no appointments, counted as skipped. */
	private static final Set<String> NOT_APPOINTMENTS = Set.of("VTODO", "VJOURNAL", "VFREEBUSY");

	/**
	 * An event as read.
	 *
	 * @param line       the line of its BEGIN:VEVENT
	 * @param properties its own properties (not those of its alarms) by name, in the order written
	 * @param broken     what makes it unreadable as a whole (with {@link ContentLine#line()} where), or null
	 */
	record EventText(int line, Map<String, List<ContentLine>> properties, Problem broken) {

		/** The first property of a name, or null. */
		ContentLine first(String name) {
			List<ContentLine> all = properties.get(name);
			return all == null ? null : all.get(0);
		}

		/** How many properties of a name. */
		int count(String name) {
			List<ContentLine> all = properties.get(name);
			return all == null ? 0 : all.size();
		}
	}

	/** What is wrong with an event, at a line. */
	record Problem(int line, String reason) {
	}

	private final IcsLines lines;
	private final Deque<String> open = new ArrayDeque<>();
	private boolean started;
	private int skipped;

	IcsEvents(IcsLines lines) {
		this.lines = lines;
	}

	/** Components that are no appointments (to-dos, journal entries, free/busy) met so far. */
	int skipped() {
		return skipped;
	}

	/** The next event, or null at the end of the file. */
	EventText next() throws IOException {
		ContentLine line;
		while ((line = lines.next()) != null) {
			if (!started) {
				if (!(line.name().equals("BEGIN") && line.value().strip().equalsIgnoreCase(CALENDAR))) {
					throw lines.refusal(NLS.bind(Messages.Ics_notCalendar, lines.file(), line.line()));
				}
				started = true;
			}
			if (line.name().equals("BEGIN")) {
				String parent = open.peek();
				String component = begin(line);
				if (component.equals(EVENT) && (parent == null || parent.equals(CALENDAR))) {
					return event(line.line());
				}
				if (NOT_APPOINTMENTS.contains(component)) {
					skipped++;
				}
			} else if (line.name().equals("END")) {
				close(line.value());
			}
		}
		return null;
	}

	/** Reads an event's lines up to its END:VEVENT (or where it breaks off). */
	private EventText event(int begun) throws IOException {
		int depth = open.size();
		lines.bound(LONGEST_EVENT, NLS.bind(Messages.Ics_eventTooLong, new Object[] { lines.file(), begun,
				LONGEST_EVENT }));
		try {
			return eventLines(begun, depth);
		} finally {
			lines.unbound();
		}
	}

	private EventText eventLines(int begun, int depth) throws IOException {
		Map<String, List<ContentLine>> properties = new LinkedHashMap<>();
		Problem broken = null;
		ContentLine line;
		while ((line = lines.next()) != null) {
			if (!line.wellFormed()) {
				broken = first(broken, line.line(), NLS.bind(Messages.Ics_notProperty, line.text()));
			} else if (line.name().equals("BEGIN")) {
				begin(line);
			} else if (line.name().equals("END")) {
				String component = name(line.value());
				if (!open.contains(component)) {
					broken = first(broken, line.line(), NLS.bind(Messages.Ics_wrongEnd, component));
					continue;
				}
				close(component);
				if (open.size() < depth) {
					// END:VEVENT, or an END:VCALENDAR that leaves the event unclosed.
					if (!component.equals(EVENT)) {
						broken = first(broken, line.line(), NLS.bind(Messages.Ics_wrongEnd, component));
					}
					return new EventText(begun, properties, broken);
				}
			} else if (open.size() == depth && line.value() != null) {
				properties.computeIfAbsent(line.name(), k -> new ArrayList<>(1)).add(line);
			}
		}
		return new EventText(begun, properties, first(broken, begun, Messages.Ics_unclosed));
	}

	private String begin(ContentLine line) {
		if (open.size() == DEEPEST) {
			throw lines.refusal(NLS.bind(Messages.Ics_tooDeep, new Object[] { lines.file(), line.line(), DEEPEST }));
		}
		String component = name(line.value());
		open.push(component);
		return component;
	}

	/** Closes a component and those left open inside it; an END of nothing open is passed over. */
	private void close(String value) {
		String component = name(value);
		if (open.contains(component)) {
			while (!open.pop().equals(component)) {
				// Components left open inside it end with it.
			}
		}
	}

	private static String name(String value) {
		return value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private static Problem first(Problem known, int line, String reason) {
		return known != null ? known : new Problem(line, reason);
	}
}
