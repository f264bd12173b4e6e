package org.rapport.sales.internal.store;

import java.math.BigDecimal;
import java.sql.Timestamp;

import org.rapport.sales.DeliveryStatus;

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
 * A row of sales_order with the sum of its payments; the payments stay rows of sales_payment, written with SQL in the
 * same transaction. Times are {@link Timestamp}s, stored as the SQL reads and bulk writes of the module store them.
 */
@Entity
@Table(name = "sales_order")
public class OrderEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_seq")
	@SequenceGenerator(name = "sales_seq", sequenceName = "sales_seq", allocationSize = 50)
	public long id;

	@Version
	public int version;

	@Column(name = "order_number", updatable = false)
	public String number;
	@Column(name = "quote_id", updatable = false)
	public long quoteId;
	@Column(name = "customer_id", updatable = false)
	public long customerId;
	@Column(updatable = false)
	public BigDecimal total;
	@Column(updatable = false)
	public String currency;
	public BigDecimal paid;
	@Enumerated(EnumType.STRING)
	public DeliveryStatus delivery;
	@Column(name = "ordered_at", updatable = false)
	public Timestamp ordered;
}
