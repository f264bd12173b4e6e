package org.rapport.contacts.engagement.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.engagement.Appointment;

import net.fortuna.ical4j.model.Recur;

/**
 * The occurrences of repeating appointments, by iCal4j's reading of the RRULE, reckoned in the zone the
 * appointment was planned in (so a weekly 09:00 in Kuala Lumpur stays 09:00 there).
 * <p>
 * Every read of a calendar (the week shown, a conflict check, reminders, an export's range) expands here, so the
 * bounds hold everywhere: an appointment repeats at most once a day (iCal4j steps through every second of a
 * {@code FREQ=SECONDLY} rule from its start, which from 1970 takes billions of steps); a read shows at most
 * {@link #MOST_PER_READ} occurrences of one appointment; occurrences past the {@link #MOST_COUNTED}th
 * ({@code COUNT=10000000}) or after {@link #LAST} ({@code UNTIL} in the year 9999) are not shown. Rules are kept as
 * written, so an export gives them back unchanged.
 */
public final class Occurrences {

	/** The most occurrences of one appointment a read of the calendar returns, however long its range. */
	public static final int MOST_PER_READ = 1_000;
	/** The most occurrences of a rule with a COUNT that are shown. */
	public static final int MOST_COUNTED = 5_000;
	/**
	 * The earliest an appointment starts: iCal4j steps from an appointment's first start to the range read, one step
	 * a day at most, so the walk to any range stays short.
	 */
	public static final Instant FIRST = LocalDate.of(1900, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
	/** Appointments start and end before this, and no occurrence is reckoned after it. */
	public static final Instant LAST = LocalDate.of(3000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
	/** The longest rule: the length of engagement_appointment.recurrence. */
	public static final int LONGEST_RULE = 500;

	private static final Pattern FREQ = Pattern.compile("(?i)(?:^|;)FREQ=([A-Z]+)");
	private static final Pattern COUNT = Pattern.compile("(?i)(^|;)COUNT=(\\d+)");
	private static final Pattern UNTIL_YEAR = Pattern.compile("(?i)(?:^|;)UNTIL=(\\d{4})");
	private static final List<String> TOO_OFTEN = List.of("SECONDLY", "MINUTELY", "HOURLY");

	private Occurrences() {
	}

	/**
	 * Throws IllegalArgumentException with a message naming the rule when iCalendar cannot read it, when it would
	 * repeat more often than once a day, when it names a day or month twice, or when it is too long to keep.
	 */
	public static void check(String rrule) {
		if (rrule.isEmpty()) {
			return;
		}
		if (rrule.length() > LONGEST_RULE) {
			throw new IllegalArgumentException(NLS.bind(Messages.Appointment_ruleTooLong, LONGEST_RULE));
		}
		Recur<ZonedDateTime> recur;
		try {
			recur = new Recur<>(rrule);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Appointment_badRecurrence, rrule, e.getMessage()), e);
		}
		if (tooOften(rrule, recur)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Appointment_repeatsTooOften, rrule));
		}
		// BYDAY=MO,MO,MO... would give each Monday as often as written, and fill a read with copies.
		for (List<?> values : List.of(recur.getDayList(), recur.getMonthDayList(), recur.getMonthList(),
				recur.getYearDayList(), recur.getWeekNoList(), recur.getSetPosList())) {
			if (values.stream().map(String::valueOf).distinct().count() < values.size()) {
				throw new IllegalArgumentException(NLS.bind(Messages.Appointment_repeatedValue, rrule));
			}
		}
	}

	/**
	 * What of a rule (already {@link #check checked}) is not shown, said for the user (the rule itself is kept):
	 * its occurrences past the {@link #MOST_COUNTED}th, or those after {@link #LAST}.
	 */
	public static Optional<String> beyondBounds(String rrule) {
		Matcher count = COUNT.matcher(rrule);
		if (count.find() && (count.group(2).length() > 9 || Integer.parseInt(count.group(2)) > MOST_COUNTED)) {
			return Optional.of(NLS.bind(Messages.Appointment_countBounded, count.group(2), MOST_COUNTED));
		}
		Matcher until = UNTIL_YEAR.matcher(rrule);
		int lastYear = LAST.atZone(ZoneOffset.UTC).getYear();
		if (until.find() && Integer.parseInt(until.group(1)) >= lastYear) {
			return Optional.of(NLS.bind(Messages.Appointment_untilBounded, lastYear - 1));
		}
		return Optional.empty();
	}

	/** The appointment's occurrences overlapping a time range, earliest first, within the bounds above. */
	public static List<Appointment> within(Appointment a, Instant from, Instant to) {
		if (a.recurrence().isEmpty()) {
			return a.overlaps(from, to) ? List.of(a) : List.of();
		}
		Duration length = Duration.between(a.start(), a.end());
		Instant first = later(from.minus(length), a.start());
		Instant last = to.isAfter(LAST) ? LAST : to;
		if (!first.isBefore(last)) {
			return List.of();
		}
		List<ZonedDateTime> starts;
		try {
			Recur<ZonedDateTime> recur = new Recur<>(counted(a.recurrence()));
			if (tooOften(a.recurrence(), recur)) {
				// Saved before rules were checked for this: shown once rather than stepped through.
				return a.overlaps(from, to) ? List.of(a) : List.of();
			}
			starts = recur.getDates(a.start().atZone(a.zone()), first.atZone(a.zone()), last.atZone(a.zone()),
					MOST_PER_READ);
		} catch (RuntimeException e) {
			// A rule iCal4j cannot step through (an INTERVAL past the end of time): the first occurrence stands.
			return a.overlaps(from, to) ? List.of(a) : List.of();
		}
		return starts.stream().distinct().map(s -> a.at(s.toInstant())).filter(o -> o.overlaps(from, to))
				.limit(MOST_PER_READ).toList();
	}

	/** Whether a rule would repeat more often than once a day: by its FREQ, or by more than one hour or minute. */
	private static boolean tooOften(String rrule, Recur<ZonedDateTime> recur) {
		Matcher freq = FREQ.matcher(rrule);
		return freq.find() && TOO_OFTEN.contains(freq.group(1).toUpperCase(Locale.ROOT))
				|| recur.getHourList().size() > 1 || recur.getMinuteList().size() > 1
				|| recur.getSecondList().size() > 1;
	}

	/** The rule with a COUNT beyond {@link #MOST_COUNTED} read as that many. */
	private static String counted(String rrule) {
		Matcher count = COUNT.matcher(rrule);
		if (count.find() && (count.group(2).length() > 9 || Integer.parseInt(count.group(2)) > MOST_COUNTED)) {
			return count.replaceFirst("$1COUNT=" + MOST_COUNTED);
		}
		return rrule;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}
}
