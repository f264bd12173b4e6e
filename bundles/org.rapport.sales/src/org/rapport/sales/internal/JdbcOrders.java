package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.DeliveryStatus;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Order;
import org.rapport.sales.Orders;

/** Orders in sales_order with the sum of their payments kept beside them; payments in sales_payment. */
@Component(service = Orders.class)
public class JdbcOrders implements Orders {

	private static final String COLUMNS = "id, order_number, quote_id, customer_id, total, currency, paid, delivery,"
			+ " ordered_at";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Optional<Order> find(long id) {
		return read("SELECT " + COLUMNS + " FROM sales_order WHERE id = ?", List.of(id)).stream().findFirst();
	}

	@Override
	public List<Order> ofCustomer(long customerId, int limit) {
		return read("SELECT " + COLUMNS + " FROM sales_order WHERE customer_id = ? ORDER BY ordered_at DESC, id DESC"
				+ " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", List.of(customerId));
	}

	@Override
	public List<Order> outstanding(int limit) {
		return read("SELECT " + COLUMNS + " FROM sales_order WHERE paid < total ORDER BY ordered_at, id FETCH FIRST "
				+ Math.max(1, limit) + " ROWS ONLY", List.of());
	}

	@Override
	public Order pay(long orderId, Money amount, LocalDate paidOn, String reference) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Order order = existing(orderId);
		if (amount == null || amount.amount().signum() <= 0) {
			throw new ValidationException("amount", Messages.Payment_positive);
		}
		if (!amount.currency().equals(order.total().currency())) {
			throw new ValidationException("amount", NLS.bind(Messages.Payment_currency, order.number(),
					order.total().currency()));
		}
		if (amount.amount().compareTo(order.outstanding().amount()) > 0) {
			throw new ValidationException("amount", NLS.bind(Messages.Payment_tooMuch, order.number(),
					order.outstanding()));
		}
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO sales_payment (order_id, amount, paid_on,"
					+ " reference, recorded_by) VALUES (?, ?, ?, ?, ?)");
					PreparedStatement sum = c.prepareStatement("UPDATE sales_order SET paid = paid + ? WHERE id = ?")) {
				insert.setLong(1, orderId);
				insert.setBigDecimal(2, amount.amount());
				insert.setObject(3, java.sql.Date.valueOf(paidOn == null ? LocalDate.now() : paidOn));
				insert.setString(4, reference == null ? "" : reference.strip());
				insert.setString(5, security.currentUser().login());
				insert.executeUpdate();
				sum.setBigDecimal(1, amount.amount());
				sum.setLong(2, orderId);
				sum.executeUpdate();
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("sales.order", String.valueOf(orderId), "paid", order.paid().toString(), amount.toString());
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, EventTopics.UPDATED, orderId,
				security.currentUser().login());
		return find(orderId).orElseThrow();
	}

	@Override
	public Order deliver(long orderId, DeliveryStatus status) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Order order = existing(orderId);
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"UPDATE sales_order SET delivery = ? WHERE id = ?")) {
			st.setString(1, status.name());
			st.setLong(2, orderId);
			st.executeUpdate();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("sales.order", String.valueOf(orderId), "delivery", order.delivery().name(), status.name());
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, EventTopics.UPDATED, orderId,
				security.currentUser().login());
		return find(orderId).orElseThrow();
	}

	private Order existing(long id) {
		return find(id).orElseThrow(() -> new ValidationException("order", NLS.bind(Messages.Order_notFound, id)));
	}

	private List<Order> read(String sql, List<?> params) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return Rows.query(database.dataSource(), sql, params, rs -> {
			Currency currency = Currency.getInstance(rs.getString(6));
			Money total = new Money(rs.getBigDecimal(5), currency);
			Money paid = new Money(rs.getBigDecimal(7), currency);
			return new Order(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), total, paid,
					new Money(total.amount().subtract(paid.amount()), currency), DeliveryStatus.valueOf(rs.getString(8)),
					rs.getTimestamp(9).toInstant());
		});
	}
}
