package org.rapport.sales.internal;

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
 * transaction, imports and hand-outs write leads in bulk SQL. Fields are package-visible for {@link JdbcLeads} and
 * {@link LeadConverter}.
 */
@Entity
@Table(name = "sales_lead")
public class LeadEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_seq")
	@SequenceGenerator(name = "sales_seq", sequenceName = "sales_seq", allocationSize = 50)
	long id;

	@Version
	int version;

	String name;
	String company;
	String email;
	String phone;
	String source;
	String region;
	@Column(name = "region_key")
	String regionKey;
	@Enumerated(EnumType.STRING)
	LeadStatus status;
	@Column(name = "owner_login")
	String owner;
	@Column(name = "lost_reason")
	String lostReason;
	@Column(name = "customer_id")
	Long customerId;
	@Column(name = "opportunity_id")
	Long opportunityId;
	@Column(name = "created_at")
	Timestamp created;
}
