package org.rapport.contacts.engagement.internal.store;

import java.time.Instant;

import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.Task;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of engagement_task. Bulk hand-outs insert rows with SQL, so ids come from the same engagement_seq blocks and
 * a row starts at version 0 there and at 1 here. Fields stay package-visible (JPA does not allow public
 * persistent fields); the services use the methods.
 */
@Entity
@Table(name = "engagement_task")
public class TaskEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_seq")
	@SequenceGenerator(name = "engagement_seq", sequenceName = "engagement_seq", allocationSize = 50)
	long id;

	@Version
	int version;

	String title;
	@Column(name = "customer_id")
	Long customerId;
	@Convert(converter = InstantColumn.class)
	@Column(name = "due_at")
	Instant due;
	@Enumerated(EnumType.STRING)
	Priority priority;
	@Column(name = "owner_login")
	String owner;
	boolean done;
	@Column(name = "created_by")
	String createdBy;
	@Convert(converter = InstantColumn.class)
	@Column(name = "created_at")
	Instant created;

	protected TaskEntity() {
	}

	public TaskEntity(String title, Long customerId, Instant due, Priority priority, String owner, String createdBy) {
		this.title = title;
		this.customerId = customerId;
		this.due = due;
		this.priority = priority;
		this.owner = owner;
		this.createdBy = createdBy;
		this.created = Instant.now();
	}

	public Task toTask() {
		return new Task(id, title, customerId, due, priority, owner, done, createdBy);
	}

	public long id() {
		return id;
	}
}
