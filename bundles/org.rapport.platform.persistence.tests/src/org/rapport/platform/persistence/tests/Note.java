package org.rapport.platform.persistence.tests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A module's entity over a table its changelog created. */
@Entity
@Table(name = "testkit_note")
public class Note {

	@Id
	private long id;

	@Version
	private int version;

	private String subject;

	@Column(name = "customer_name")
	private String customerName;

	protected Note() {
	}

	public Note(long id, String subject, String customerName) {
		this.id = id;
		this.subject = subject;
		this.customerName = customerName;
	}

	public String subject() {
		return subject;
	}

	public void rename(String newSubject) {
		this.subject = newSubject;
	}

	public String customerName() {
		return customerName;
	}
}
