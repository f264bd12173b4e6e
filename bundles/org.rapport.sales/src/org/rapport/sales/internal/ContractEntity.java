package org.rapport.sales.internal;

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
	long id;

	@Version
	int version;

	@Column(name = "contract_number", updatable = false)
	String number;
	@Column(name = "customer_id", updatable = false)
	long customerId;
	@Column(name = "order_id")
	Long orderId;
	String title;
	@Column(name = "contract_value")
	BigDecimal value;
	String currency;
	@Column(name = "start_date")
	LocalDate start;
	@Column(name = "end_date")
	LocalDate end;
	@Column(name = "reminder_days")
	int reminderDays;
	@Column(name = "owner_login")
	String owner;
	@Column(name = "created_at", updatable = false)
	Timestamp created;
}
