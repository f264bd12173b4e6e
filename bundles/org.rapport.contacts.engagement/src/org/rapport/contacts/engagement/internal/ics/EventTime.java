package org.rapport.contacts.engagement.internal.ics;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * A DTSTART or DTEND as the file writes it: a whole day ({@code 20261225}), a UTC time ({@code 20261201T010000Z}),
 * or a local time with its zone ({@code TZID=Asia/Kuala_Lumpur:20261201T090000}) or without one (this computer's).
 * Zones are taken by their IANA name, so times stay right whatever a program wrote in its VTIMEZONE.
 *
 * @param local       the date and time as written
 * @param zone        the zone it is in
 * @param wholeDay    whether it is a date without a time
 * @param unknownZone the TZID written when it is no zone Java knows (Outlook's "Singapore Standard Time"), or null
 */
record EventTime(LocalDateTime local, ZoneId zone, boolean wholeDay, String unknownZone) {

	/** Strict: 20260230 is no day (the default would read it as the 28th). */
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
			.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
			.withResolverStyle(ResolverStyle.STRICT);

	/** @throws IllegalArgumentException when the value is no iCalendar date or date-time */
	static EventTime of(ContentLine line, ZoneId here) {
		String value = line.value().strip();
		try {
			if (value.length() == 8 || "DATE".equalsIgnoreCase(line.params().get("VALUE"))) {
				return new EventTime(LocalDate.parse(value, DAY).atStartOfDay(), here, true, null);
			}
			if (value.endsWith("Z") || value.endsWith("z")) {
				return new EventTime(LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL), ZoneOffset.UTC,
						false, null);
			}
			LocalDateTime local = LocalDateTime.parse(value, LOCAL);
			String tzid = line.params().get("TZID");
			if (tzid == null || tzid.isBlank()) {
				return new EventTime(local, here, false, null);
			}
			ZoneId zone = zone(tzid.strip());
			return new EventTime(local, zone == null ? here : zone, false, zone == null ? tzid : null);
		} catch (DateTimeException e) {
			throw new IllegalArgumentException(value, e);
		}
	}

	/** The same local time in another zone (for a zone the file names but Java does not know). */
	EventTime in(ZoneId other) {
		return new EventTime(local, other, wholeDay, null);
	}

	ZonedDateTime zoned() {
		return local.atZone(zone);
	}

	Instant instant() {
		return zoned().toInstant();
	}

	/**
	 * The zone of a TZID: an IANA name, also behind a prefix such as Mozilla's
	 * {@code /mozilla.org/20050126_1/Europe/London}; null when there is none.
	 */
	private static ZoneId zone(String tzid) {
		String name = tzid;
		while (true) {
			try {
				return ZoneId.of(name);
			} catch (DateTimeException e) {
				int slash = name.indexOf('/', 1);
				if (slash < 0) {
					return null;
				}
				name = name.substring(slash + 1);
			}
		}
	}
}
