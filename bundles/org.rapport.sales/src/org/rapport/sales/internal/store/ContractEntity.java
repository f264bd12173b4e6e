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
 * A row of sales_contract. Times are {@link Timestamp}s, stored as the SQL reads and bulk writes of the module store
 * them.
 */
@Entity
@Table(name = "sales_contract")
public class ContractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_seq")
	@SequenceGenerator(name = "sales_seq", sequenceName = "sales_seq", allocationSize = 50)
	public long id;

	@Version
	int version;

	@Column(name = "contract_number", updatable = false)
	public String number;
	@Column(name = "customer_id", updatable = false)
	public long customerId;
	@Column(name = "order_id")
	public Long orderId;
	public String title;
	@Column(name = "contract_value")
	public BigDecimal value;
	public String currency;
	@Column(name = "start_date")
	public LocalDate start;
	@Column(name = "end_date")
	public LocalDate end;
	@Column(name = "reminder_days")
	public int reminderDays;
	@Column(name = "owner_login")
	public String owner;
	@Column(name = "created_at", updatable = false)
	public Timestamp created;
}
