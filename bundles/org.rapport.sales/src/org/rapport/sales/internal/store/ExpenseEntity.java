package org.rapport.sales.internal.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.rapport.sales.ExpenseKind;

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
 * A row of sales_expense; its status is not stored but is the decision on its approval request. Times are
 * {@link Timestamp}s, stored as the SQL reads and bulk writes of the module store them.
 */
@Entity
@Table(name = "sales_expense")
public class ExpenseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_seq")
	@SequenceGenerator(name = "sales_seq", sequenceName = "sales_seq", allocationSize = 50)
	public long id;

	@Version
	int version;

	@Enumerated(EnumType.STRING)
	public ExpenseKind kind;
	public BigDecimal amount;
	public String currency;
	@Column(name = "spent_on")
	public LocalDate spentOn;
	@Column(name = "customer_id")
	public long customerId;
	@Column(name = "opportunity_id")
	public Long opportunityId;
	public String description;
	@Column(name = "spent_by", updatable = false)
	public String spentBy;
	@Column(name = "created_at", updatable = false)
	public Timestamp created;
}
