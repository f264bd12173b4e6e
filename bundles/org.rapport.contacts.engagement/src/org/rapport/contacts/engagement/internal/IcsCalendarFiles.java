package org.rapport.contacts.engagement.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.CalendarFiles;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.ValidationException;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar files through iCal4j. Events carry TZID with the zone's IANA name; on reading, times are taken as
 * the file writes them (local time with its TZID, UTC with Z, or a whole day), so zones stay right without
 * depending on how a program wrote its VTIMEZONE.
 */
@Component(service = CalendarFiles.class)
public class IcsCalendarFiles implements CalendarFiles {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	@Reference
	private TeamCalendar calendar;

	@Override
	public int exportIcs(Path file, Collection<String> people, Instant from, Instant to) {
		Map<Long, Appointment> series = new LinkedHashMap<>();
		for (Appointment occurrence : calendar.between(people, from, to)) {
			series.computeIfAbsent(occurrence.id(), id -> calendar.find(id).orElse(occurrence));
		}
		return withIcal4j(() -> {
			Calendar ics = new Calendar();
			ics.add(new ProdId("-//Rapport//Team Calendar//EN"));
			ics.add(ImmutableVersion.VERSION_2_0);
			ics.add(ImmutableCalScale.GREGORIAN);
			for (Appointment a : series.values()) {
				VEvent event = new VEvent(a.start().atZone(a.zone()), a.end().atZone(a.zone()), a.title());
				event.add(new Uid("rapport-appointment-" + a.id()));
				if (a.location() != null && !a.location().isBlank()) {
					event.add(new Location(a.location()));
				}
				if (!a.recurrence().isEmpty()) {
					event.add(new RRule<ZonedDateTime>(a.recurrence()));
				}
				ics.add(event);
			}
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				new CalendarOutputter(false).output(ics, out);
			}
			return series.size();
		}, file);
	}

	@Override
	public int importIcs(Path file) {
		List<AppointmentInput> read = withIcal4j(() -> {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				Calendar ics = new CalendarBuilder().build(in);
				List<AppointmentInput> inputs = new ArrayList<>();
				for (Object component : ics.getComponents()) {
					if (component instanceof VEvent event) {
						inputs.add(input(event, file));
					}
				}
				return inputs;
			} catch (ParserException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Ics_unreadable, new Object[] { file.getFileName(),
						e.getLineNo(), e.getMessage() }), e);
			}
		}, file);
		List<Long> made = new ArrayList<>();
		try {
			for (AppointmentInput in : read) {
				made.add(calendar.create(in).id());
			}
		} catch (ValidationException | IllegalArgumentException | DatabaseException e) {
			// All or nothing: what was added before the refusal goes again.
			made.forEach(calendar::delete);
			throw e;
		}
		return made.size();
	}

	private static AppointmentInput input(VEvent event, Path file) {
		String title = text(event, Property.SUMMARY).orElse(Messages.Ics_untitled);
		Property start = event.getProperty(Property.DTSTART).map(p -> (Property) p).orElseThrow(
				() -> new IllegalArgumentException(NLS.bind(Messages.Ics_noStart, file.getFileName(), title)));
		ZoneId zone = zone(start);
		Instant begins = instant(start, zone);
		Optional<Property> end = event.getProperty(Property.DTEND);
		Optional<Property> duration = event.getProperty(Property.DURATION);
		Instant ends = end.isPresent() ? instant(end.get(), zone)
				: duration.map(d -> begins.plus(Duration.parse(d.getValue()))).orElse(
						start.getValue().length() == 8 ? begins.plus(Duration.ofDays(1)) : begins.plus(Duration.ofHours(1)));
		String rule = text(event, Property.RRULE).orElse("");
		return new AppointmentInput(title, begins, ends, zone, text(event, Property.LOCATION).orElse(null), null,
				List.of(), null, rule);
	}

	private static Optional<String> text(VEvent event, String name) {
		return event.getProperty(name).map(p -> ((Property) p).getValue()).filter(v -> !v.isBlank());
	}

	/** The zone a time is written in: its TZID when Java knows the name, UTC for a Z, else this computer's. */
	private static ZoneId zone(Property time) {
		Optional<String> tzid = time.getParameter("TZID").map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue());
		if (tzid.isPresent()) {
			try {
				return ZoneId.of(tzid.get());
			} catch (DateTimeException e) {
				// A program's own zone name (Outlook writes "Singapore Standard Time"): this computer's zone.
				return ZoneId.systemDefault();
			}
		}
		return time.getValue().endsWith("Z") ? ZoneOffset.UTC : ZoneId.systemDefault();
	}

	private static Instant instant(Property time, ZoneId zone) {
		String v = time.getValue();
		if (v.length() == 8) {
			return LocalDate.parse(v, DAY).atStartOfDay(zone).toInstant();
		}
		if (v.endsWith("Z")) {
			return LocalDateTime.parse(v.substring(0, v.length() - 1), LOCAL).toInstant(ZoneOffset.UTC);
		}
		return LocalDateTime.parse(v, LOCAL).atZone(zone).toInstant();
	}

	/** iCal4j finds its parts through the context class loader, which must be its own under OSGi. */
	private static <T> T withIcal4j(Callable<T> work, Path file) {
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		thread.setContextClassLoader(Calendar.class.getClassLoader());
		try {
			return work.call();
		} catch (IOException e) {
			throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
		} finally {
			thread.setContextClassLoader(before);
		}
	}
}
