package org.rapport.sales.internal.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.rapport.sales.QuoteStatus;

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
 * A row of sales_quote. Its lines stay rows of sales_quote_line, written with SQL in the same transaction. Times are
 * {@link Timestamp}s, stored as the SQL reads and bulk writes of the module store them ({@code Timestamp.from}).
 * The fields the services set are public.
 */
@Entity
@Table(name = "sales_quote")
public class QuoteEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_seq")
	@SequenceGenerator(name = "sales_seq", sequenceName = "sales_seq", allocationSize = 50)
	public long id;

	@Version
	public int version;

	@Column(name = "quote_number", updatable = false)
	public String number;
	@Column(name = "customer_id", updatable = false)
	public long customerId;
	@Column(name = "opportunity_id", updatable = false)
	public Long opportunityId;
	@Enumerated(EnumType.STRING)
	public QuoteStatus status;
	public String currency;
	public BigDecimal total;
	@Column(name = "valid_until")
	public LocalDate validUntil;
	@Column(name = "created_by", updatable = false)
	public String createdBy;
	@Column(name = "created_at", updatable = false)
	public Timestamp created;
}
