package org.rapport.sales.internal.store;

import java.sql.Timestamp;

import org.rapport.sales.LeadStatus;

import jakarta.persistence.Column;
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
 * A row of sales_lead, the lead aggregate's own table; its status history is written in SQL in the same
 * transaction, imports and hand-outs write leads in bulk SQL. The fields the services set are public, for
 * {@link org.rapport.sales.internal.JdbcLeads} and what {@link org.rapport.sales.internal.LeadConverter} made.
 */
@Entity
@Table(name = "sales_lead")
public class LeadEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_seq")
	@SequenceGenerator(name = "sales_seq", sequenceName = "sales_seq", allocationSize = 50)
	public long id;

	@Version
	public int version;

	public String name;
	public String company;
	public String email;
	public String phone;
	public String source;
	public String region;
	@Column(name = "region_key")
	public String regionKey;
	@Enumerated(EnumType.STRING)
	public LeadStatus status;
	@Column(name = "owner_login")
	String owner;
	@Column(name = "lost_reason")
	public String lostReason;
	@Column(name = "customer_id")
	public Long customerId;
	@Column(name = "opportunity_id")
	public Long opportunityId;
	@Column(name = "created_at")
	public Timestamp created;
}
