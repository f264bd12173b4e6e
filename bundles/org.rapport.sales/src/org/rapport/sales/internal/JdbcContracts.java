package org.rapport.sales.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Contract;
import org.rapport.sales.ContractInput;
import org.rapport.sales.Contracts;
import org.rapport.sales.Opportunities;
import org.rapport.sales.internal.store.ContractEntity;

/**
 * Contracts: the sales_contract row is a JPA entity with a version, lists are read with SQL. The renewal reminder is
 * a task of the engagement module.
 */
@Component(service = Contracts.class)
public class JdbcContracts implements Contracts {

	private static final String COLUMNS = "id, version, contract_number, customer_id, order_id, title, contract_value,"
			+ " currency, start_date, end_date, reminder_days, owner_login";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private CustomerService customers;

	@Reference
	private Tasks tasks;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Contract create(ContractInput in) {
		security.checkPermitted(Opportunities.MODULE, Action.CREATE);
		List<FieldError> errors = new ArrayList<>();
		if (customers.find(in.customerId()).isEmpty()) {
			errors.add(new FieldError("customer", NLS.bind(Messages.Opportunity_noCustomer, in.customerId())));
		}
		if (in.title() == null || in.title().isBlank()) {
			errors.add(new FieldError("title", Messages.Contract_title));
		}
		if (in.value() == null || in.value().isNegative()) {
			errors.add(new FieldError("value", Messages.Contract_value));
		}
		if (in.start() == null || in.months() < 1 || in.months() > 600) {
			errors.add(new FieldError("months", Messages.Contract_term));
		}
		int reminder = in.reminderDays() == null ? 30 : in.reminderDays();
		if (reminder < 0 || reminder > 365) {
			errors.add(new FieldError("reminderDays", Messages.Contract_reminder));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String owner = in.owner() == null || in.owner().isBlank() ? security.currentLogin() : in.owner();
		LocalDate end = in.start().plusMonths(in.months()).minusDays(1);
		long id = Transactions.inTransaction(database.entityManagerFactory(ContractEntity.class, "org.rapport.sales"),
				em -> {
					ContractEntity e = new ContractEntity();
					e.customerId = in.customerId();
					e.orderId = in.orderId();
					e.title = in.title().strip();
					e.value = in.value().amount();
					e.currency = in.value().currency().getCurrencyCode();
					e.start = in.start();
					e.end = end;
					e.reminderDays = reminder;
					e.owner = owner;
					e.created = Timestamp.from(Instant.now());
					em.persist(e);
					e.number = "C-" + in.start().getYear() + "-" + e.id;
					em.flush();
					return Transactions.sql(em, c -> {
						audit.record(c, "sales.contract", String.valueOf(e.id), "*", null,
								in.title() + " " + in.value() + " to " + end);
						return e.id;
					});
				});
		// The reminder is the engagement module's task, saved by its own service once the contract is.
		Instant due = end.minusDays(reminder).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
		tasks.create(new TaskInput(NLS.bind(Messages.Contract_renew, in.title().strip(), end), in.customerId(), due,
				Priority.HIGH, owner));
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, EventTopics.CREATED, id, security.currentLogin());
		return read("SELECT " + COLUMNS + " FROM sales_contract WHERE id = ?", List.of(id)).get(0);
	}

	@Override
	public List<Contract> ofCustomer(long customerId, int limit) {
		return read("SELECT " + COLUMNS + " FROM sales_contract WHERE customer_id = ? ORDER BY end_date DESC, id DESC"
				+ " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", List.of(customerId));
	}

	@Override
	public List<Contract> endingBetween(LocalDate from, LocalDate to, int limit) {
		return read("SELECT " + COLUMNS + " FROM sales_contract WHERE end_date >= ? AND end_date <= ? ORDER BY end_date,"
				+ " id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", List.of(from, to));
	}

	private List<Contract> read(String sql, List<?> params) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return database.jdbc().query(sql, params, rs -> new Contract(rs.getLong(1), rs.getInt(2), rs.getString(3),
				rs.getLong(4), Rows.nullableLong(rs, 5), rs.getString(6),
				new Money(rs.getBigDecimal(7), Currency.getInstance(rs.getString(8))), Rows.localDate(rs, 9),
				Rows.localDate(rs, 10), rs.getInt(11), rs.getString(12)));
	}
}
