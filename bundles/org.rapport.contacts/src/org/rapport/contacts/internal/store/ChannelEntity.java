package org.rapport.contacts.internal.store;

import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A row of contacts_channel. */
@Entity
@Table(name = "contacts_channel")
public class ChannelEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contacts_channel_seq")
	@SequenceGenerator(name = "contacts_channel_seq", sequenceName = "contacts_channel_seq", allocationSize = 50)
	private long id;

	@ManyToOne
	@JoinColumn(name = "customer_id")
	private CustomerEntity customer;

	private int position;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel_type")
	private ChannelType type;

	private String label;

	@Column(name = "channel_value")
	private String value;

	@Column(name = "is_primary")
	private boolean primary;

	protected ChannelEntity() {
	}

	ChannelEntity(CustomerEntity customer, int position, Channel channel) {
		this.customer = customer;
		this.position = position;
		this.type = channel.type();
		this.label = channel.label();
		this.value = channel.value().trim();
		this.primary = channel.primary();
	}

	Channel toChannel() {
		return new Channel(type, label, value, primary);
	}

	int position() {
		return position;
	}
}
