package org.rapport.sales.internal.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of sales_opportunity, the opportunity aggregate's own table; its stage history, buying contacts and signals
 * are written in SQL in the same transaction. Times are {@link Timestamp}s so that they are stored as the SQL reads
 * and bulk writes of the module store them ({@code Timestamp.from(instant)}). Fields are public for
 * {@link org.rapport.sales.internal.JdbcOpportunities}.
 */
@Entity
@Table(name = "sales_opportunity")
public class OpportunityEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_seq")
	@SequenceGenerator(name = "sales_seq", sequenceName = "sales_seq", allocationSize = 50)
	public long id;

	@Version
	public int version;

	@Column(name = "customer_id")
	public long customerId;
	public String name;
	public BigDecimal amount;
	public String currency;
	@Column(name = "close_date")
	public LocalDate closeDate;
	@Column(name = "process_id")
	public String processId;
	@Column(name = "stage_id")
	public String stageId;
	public int probability;
	@Column(name = "owner_login")
	public String owner;
	@Column(name = "stage_entered_at")
	public Timestamp stageEntered;
	@Column(name = "next_step")
	public String nextStep;
	public String competitors;
	@Column(name = "created_at")
	public Timestamp created;
	@Column(name = "lost_reason")
	public String lostReason;
}
