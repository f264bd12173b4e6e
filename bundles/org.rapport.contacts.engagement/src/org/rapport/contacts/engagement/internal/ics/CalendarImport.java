package org.rapport.contacts.engagement.internal.ics;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.CalendarFiles;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.contacts.engagement.internal.ics.EventReading.Note;
import org.rapport.contacts.engagement.internal.ics.EventReading.Outcome;
import org.rapport.contacts.engagement.internal.ics.IcsEvents.EventText;
import org.rapport.contacts.engagement.internal.store.EngagementUnit;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;

/**
 * The events of an .ics file into one person's calendar, all or nothing: the file is read event by event inside one
 * transaction, each event written as it is read (so the next can be found a duplicate of it), and the outcome
 * audited in the same transaction. A file refused part way (a line over its limit), an event the database refuses
 * or a crash leaves nothing of the file behind, and the same file can simply be imported again; events already on
 * the calendar (same title, start, end and rule) are skipped, so importing a file twice adds nothing the second time.
 * Appointments are written as rows with SQL like other bulk writes; their entities read them like any other.
 */
public final class CalendarImport {

	private static final String AUDIT_TYPE = "contacts.calendar-import";
	/** Length of the audit log's record id, which holds the file's name. */
	private static final int AUDIT_ID_LENGTH = 64;

	private final Jdbc jdbc;
	private final AuditLog audit;
	private final String owner;
	private final ZoneId here;

	/**
	 * @param owner whose calendar the events go into
	 * @param here  the zone of times the file writes without one
	 */
	public CalendarImport(Jdbc jdbc, AuditLog audit, String owner, ZoneId here) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.owner = owner;
		this.here = here;
	}

	/**
	 * Imports a file.
	 *
	 * @throws IllegalArgumentException naming the file (and the line) when it cannot be imported; nothing was
	 * @throws DatabaseException        naming the line of an event the database refused; nothing was imported
	 */
	public CalendarFiles.Summary run(Path file) {
		String name = file.getFileName().toString();
		ImportReport report = new ImportReport(file);
		try (Reader in = reader(file)) {
			IcsEvents events = new IcsEvents(new IcsLines(in, name));
			int[] counts = jdbc.inTransaction(c -> write(c, events, report, name));
			return report.finish(counts[0], counts[1]);
		} catch (IOException | UncheckedIOException e) {
			report.discard();
			IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
			throw new IllegalArgumentException(NLS.bind(Messages.Ics_unreadableFile, file, cause.getMessage()), cause);
		} catch (RuntimeException | Error e) {
			report.discard();
			throw e;
		}
	}

	private int[] write(Connection c, IcsEvents events, ImportReport report, String name) throws SQLException {
		int imported = 0;
		int skipped = 0;
		Instant now = Instant.now();
		try {
			EventText event;
			while ((event = events.next()) != null) {
				Outcome read = EventReading.read(event, here);
				if (read.rejection() != null) {
					report.reject(read.rejection(), read.uid(), read.title());
				} else if (read.cancelled() || onCalendar(c, read.input())) {
					skipped++;
				} else {
					for (Note warning : read.warnings()) {
						report.warn(warning, read.uid(), read.title());
					}
					insert(c, read.input(), now, name, event.line());
					imported++;
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		skipped += events.skipped();
		report.complete();
		String source = name.length() <= AUDIT_ID_LENGTH ? name : name.substring(0, AUDIT_ID_LENGTH - 1) + "\u2026";
		audit.record(c, AUDIT_TYPE, source, "*", null, NLS.bind(Messages.Ics_summary,
				new Object[] { imported, skipped, report.rejected(), report.warned() }));
		return new int[] { imported, skipped };
	}

	/** Whether the owner's calendar has this appointment already: same title, start, end and rule. */
	private boolean onCalendar(Connection c, AppointmentInput in) throws SQLException {
		return Rows.first(c, "SELECT a.id FROM engagement_attendee p JOIN engagement_appointment a"
				+ " ON a.id = p.appointment_id WHERE p.login = ? AND p.start_at = ? AND a.end_at = ? AND a.title = ?"
				+ " AND COALESCE(a.recurrence, '') = ?", List.of(owner, in.start(), in.end(), in.title(),
						in.recurrence()), rs -> rs.getLong(1)).isPresent();
	}

	/** The appointment's row and the owner's attendee row, as the calendar's entity and reads have them. */
	private void insert(Connection c, AppointmentInput in, Instant now, String file, int line) {
		try {
			long id = jdbc.nextId(c, EngagementUnit.SEQUENCE);
			Rows.update(c, "INSERT INTO engagement_appointment (id, version, title, start_at, end_at, time_zone,"
					+ " location, customer_id, owner_login, held, created_at, recurrence)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(id, 0, in.title(), in.start(),
							in.end(), in.zone().getId(), in.location(), null, owner, false, now,
							in.recurrence().isEmpty() ? null : in.recurrence()));
			Rows.update(c, "INSERT INTO engagement_attendee (appointment_id, login, start_at) VALUES (?, ?, ?)", id,
					owner, in.start());
		} catch (SQLException e) {
			throw new DatabaseException(NLS.bind(Messages.Ics_lineRefused, new Object[] { file, line,
					DatabaseException.of(e).getMessage() }), e);
		}
	}

	/** UTF-8 as RFC 5545 has it; bytes that are none become U+FFFD, which the reading warns of. */
	private static Reader reader(Path file) throws IOException {
		return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
	}
}
