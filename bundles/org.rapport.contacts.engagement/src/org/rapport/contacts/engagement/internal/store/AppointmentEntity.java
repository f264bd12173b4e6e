package org.rapport.contacts.engagement.internal.store;

import java.time.Instant;
import java.time.ZoneId;

import org.rapport.contacts.engagement.AppointmentInput;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of engagement_appointment. Its attendees are rows of engagement_attendee written with SQL in the same
 * transaction ({@link AppointmentRows}), since the calendar's index reads them by person and start. Fields stay
 * package-visible (JPA does not allow public persistent fields); the service uses the methods.
 */
@Entity
@Table(name = "engagement_appointment")
public class AppointmentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_seq")
	@SequenceGenerator(name = "engagement_seq", sequenceName = "engagement_seq", allocationSize = 50)
	long id;

	@Version
	int version;

	String title;
	@Convert(converter = InstantColumn.class)
	@Column(name = "start_at")
	Instant start;
	@Convert(converter = InstantColumn.class)
	@Column(name = "end_at")
	Instant end;
	@Column(name = "time_zone")
	String zone;
	String location;
	@Column(name = "customer_id")
	Long customerId;
	@Column(name = "owner_login")
	String owner;
	boolean held;
	@Convert(converter = InstantColumn.class)
	@Column(name = "created_at")
	Instant created;
	/** The RRULE, or null for once: the calendar's reads tell the two apart by {@code recurrence IS NULL}. */
	String recurrence;

	protected AppointmentEntity() {
	}

	public AppointmentEntity(String owner) {
		this.owner = owner;
		this.created = Instant.now();
	}

	/** Takes the planned state of the input (the owner stays). */
	public void plan(AppointmentInput in, ZoneId zoneId) {
		title = in.title().strip();
		start = in.start();
		end = in.end();
		zone = zoneId.getId();
		location = in.location();
		customerId = in.customerId();
		recurrence = in.recurrence().isEmpty() ? null : in.recurrence();
	}

	public long id() {
		return id;
	}

	public int version() {
		return version;
	}

	public String title() {
		return title;
	}

	public Instant start() {
		return start;
	}

	public Instant end() {
		return end;
	}

	public String owner() {
		return owner;
	}

	public boolean held() {
		return held;
	}

	/** Marks the appointment as held. */
	public void hold() {
		held = true;
	}
}
