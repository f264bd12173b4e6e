package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Contract;
import org.rapport.sales.ContractInput;
import org.rapport.sales.Contracts;
import org.rapport.sales.Opportunities;

/** Contracts in sales_contract; the renewal reminder is a task of the engagement module. */
@Component(service = Contracts.class)
public class JdbcContracts implements Contracts {

	private static final String COLUMNS = "id, contract_number, customer_id, order_id, title, contract_value, currency,"
			+ " start_date, end_date, reminder_days, owner_login";

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
		String owner = in.owner() == null || in.owner().isBlank() ? security.currentUser().login() : in.owner();
		LocalDate end = in.start().plusMonths(in.months()).minusDays(1);
		long id;
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"INSERT INTO sales_contract (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			id = new SalesIds(database.info().kind()).next(c);
			st.setLong(1, id);
			st.setString(2, "C-" + in.start().getYear() + "-" + id);
			st.setLong(3, in.customerId());
			st.setObject(4, in.orderId(), java.sql.Types.BIGINT);
			st.setString(5, in.title().strip());
			st.setBigDecimal(6, in.value().amount());
			st.setString(7, in.value().currency().getCurrencyCode());
			st.setObject(8, java.sql.Date.valueOf(in.start()));
			st.setObject(9, java.sql.Date.valueOf(end));
			st.setInt(10, reminder);
			st.setString(11, owner);
			st.setTimestamp(12, Timestamp.from(Instant.now()));
			st.executeUpdate();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		Instant due = end.minusDays(reminder).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
		tasks.create(new TaskInput(NLS.bind(Messages.Contract_renew, in.title().strip(), end), in.customerId(), due,
				Priority.HIGH, owner));
		audit.record("sales.contract", String.valueOf(id), "*", null, in.title() + " " + in.value() + " to " + end);
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, EventTopics.CREATED, id, security.currentUser().login());
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
				+ " id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
				List.of(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)));
	}

	private List<Contract> read(String sql, List<?> params) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return Rows.query(database.dataSource(), sql, params, rs -> new Contract(rs.getLong(1), rs.getString(2),
				rs.getLong(3), (Long) rs.getObject(4, Long.class), rs.getString(5),
				new Money(rs.getBigDecimal(6), Currency.getInstance(rs.getString(7))), rs.getDate(8).toLocalDate(),
				rs.getDate(9).toLocalDate(), rs.getInt(10), rs.getString(11)));
	}
}
