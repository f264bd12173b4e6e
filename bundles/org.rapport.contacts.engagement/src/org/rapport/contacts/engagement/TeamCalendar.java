package org.rapport.contacts.engagement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Appointments of the team. Overlaps are not refused (people double-book on purpose); {@link #conflicts} says
 * what overlaps so that the user can decide. Changes post {@code org/rapport/contacts/appointment/<ACTION>}.
 */
public interface TeamCalendar {

	String ENTITY = "appointment";

	/** Appointments of these people overlapping the time, except one (the one being moved), or null. */
	List<Conflict> conflicts(Instant start, Instant end, Collection<String> people, Long except);

	/**
	 * @throws org.rapport.platform.validation.ValidationException naming the field at fault: among others a time
	 *                                                             outside the years 1900 to 2999, or a repeat rule
	 *                                                             that repeats more often than once a day
	 */
	Appointment create(AppointmentInput input);

	/**
	 * Changes an appointment (time, title, attendees...) as read at a version.
	 *
	 * @param version the {@link Appointment#version()} the change was made on
	 * @throws org.rapport.platform.persistence.StaleRecordException naming the appointment when someone else saved
	 *                                                               it after that version; nothing is changed
	 * @throws org.rapport.platform.validation.ValidationException   naming the field at fault
	 */
	Appointment update(long id, int version, AppointmentInput input);

	/**
	 * Records that it took place: it becomes a meeting interaction of its customer, with the outcome, in the same
	 * transaction. An appointment held already stays as it is.
	 *
	 * @param version the {@link Appointment#version()} the user saw
	 * @throws org.rapport.platform.persistence.StaleRecordException naming the appointment when someone else saved it
	 *                                                               (or recorded it as held) after that version;
	 *                                                               nothing is recorded
	 * @throws org.rapport.platform.validation.ValidationException   when there is no such appointment, or its
	 *                                                               customer is gone
	 */
	Appointment held(long id, int version, String outcome);

	void delete(long id);

	/** The appointment as planned (a repeating one with its first start and its rule). */
	java.util.Optional<Appointment> find(long id);

	/**
	 * Appointments of any of these people overlapping the time, earliest first. A repeating appointment comes once
	 * per occurrence, within bounds that hold however long the range: at most 1,000 occurrences of one appointment,
	 * its first 5,000 when its rule counts more, none after the year 2999.
	 */
	List<Appointment> between(Collection<String> people, Instant from, Instant to);
}
