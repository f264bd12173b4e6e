package org.rapport.contacts.engagement.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.CalendarFiles;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.contacts.engagement.internal.ics.CalendarImport;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar files. Exports are written by iCal4j, events carrying TZID with the zone's IANA name. Imports are read
 * by {@link CalendarImport} as they come, event by event, in one transaction; times are taken as the file writes
 * them (local time with its TZID, UTC with Z, or a whole day), so zones stay right without depending on how a
 * program wrote its VTIMEZONE.
 */
@Component(service = CalendarFiles.class)
public class IcsCalendarFiles implements CalendarFiles {

	@Reference
	private TeamCalendar calendar;

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

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
	public Summary importIcs(Path file) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		String owner = security.currentLogin();
		CalendarImport reading = new CalendarImport(database.jdbc(), audit, owner, ZoneId.systemDefault());
		Summary summary = withIcal4j(() -> reading.run(file), file);
		if (summary.imported() > 0) {
			Events.post(events, TeamCalendar.ENTITY, EventTopics.CREATED, -1, owner);
		}
		return summary;
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
