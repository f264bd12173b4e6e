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

	/** @throws org.rapport.platform.validation.ValidationException naming the field at fault */
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

	/** Records that it took place: it becomes a meeting interaction of its customer, with the outcome. */
	Appointment held(long id, String outcome);

	void delete(long id);

	/** The appointment as planned (a repeating one with its first start and its rule). */
	java.util.Optional<Appointment> find(long id);

	/** Appointments of any of these people overlapping the time, earliest first. */
	List<Appointment> between(Collection<String> people, Instant from, Instant to);
}
