package org.rapport.sales.internal;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.DeliveryStatus;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Order;
import org.rapport.sales.Orders;
import org.rapport.sales.internal.store.OrderEntity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Orders: the sales_order row (with the sum of its payments kept beside them) is a JPA entity with a version; a
 * payment is a row of sales_payment written in the same transaction. Lists are read with SQL.
 */
@Component(service = Orders.class)
public class JdbcOrders implements Orders {

	private static final String COLUMNS = "id, version, order_number, quote_id, customer_id, total, currency, paid,"
			+ " delivery, ordered_at";

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
	public Order pay(long orderId, int version, Money amount, LocalDate paidOn, String reference) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Order order = existing(orderId, version);
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
		String login = security.currentLogin();
		// The checks above hold for the version read; the order's own row is written first, so a second payment
		// recorded meanwhile makes this one stale instead of paying too much.
		save(order, em -> {
			OrderEntity e = current(em, order);
			e.paid = e.paid.add(amount.amount());
			// The row as this transaction holds it: what was paid never passes the total, whoever paid it.
			if (e.paid.compareTo(e.total) > 0) {
				throw new ValidationException("amount", NLS.bind(Messages.Payment_tooMuch, order.number(),
						order.outstanding()));
			}
			em.flush();
			Transactions.sql(em, c -> {
				Rows.update(c, "INSERT INTO sales_payment (order_id, amount, paid_on, reference, recorded_by)"
						+ " VALUES (?, ?, ?, ?, ?)", orderId, amount.amount(),
						paidOn == null ? LocalDate.now() : paidOn, reference == null ? "" : reference.strip(), login);
				audit.record(c, "sales.order", String.valueOf(orderId), "paid", order.paid().toString(),
						amount.toString());
				return null;
			});
		});
		post(orderId);
		return find(orderId).orElseThrow();
	}

	@Override
	public Order deliver(long orderId, int version, DeliveryStatus status) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Order order = existing(orderId, version);
		save(order, em -> {
			current(em, order).delivery = status;
			em.flush();
			Transactions.sql(em, c -> {
				audit.record(c, "sales.order", String.valueOf(orderId), "delivery", order.delivery().name(),
						status.name());
				return null;
			});
		});
		post(orderId);
		return find(orderId).orElseThrow();
	}

	/** The order as stored, refused when it is no longer the version the user changed. */
	private Order existing(long id, int version) {
		Order order = find(id).orElseThrow(() -> new ValidationException("order",
				NLS.bind(Messages.Order_notFound, id)));
		if (order.version() != version) {
			throw stale(order);
		}
		return order;
	}

	/**
	 * The order's entity in this transaction, refused when someone saved it after it was read. Its version steps on
	 * every save, also one that changes nothing in its own row.
	 */
	private static OrderEntity current(EntityManager em, Order read) {
		OrderEntity e = em.find(OrderEntity.class, read.id());
		if (e == null) {
			throw new ValidationException("order", NLS.bind(Messages.Order_notFound, read.id()));
		}
		if (e.version != read.version()) {
			throw stale(read);
		}
		em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return e;
	}

	/** Saves in one transaction; a version that changed meanwhile, found before or at the write, names the order. */
	private void save(Order order, Consumer<EntityManager> work) {
		try {
			Transactions.change(database.entityManagerFactory(OrderEntity.class, "org.rapport.sales"), work);
		} catch (StaleRecordException e) {
			throw e.getCause() == null ? e : new StaleRecordException(stale(order).getMessage(), e);
		}
	}

	private static StaleRecordException stale(Order order) {
		return new StaleRecordException(NLS.bind(Messages.Order_savedMeanwhile, order.number()));
	}

	private void post(long orderId) {
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, EventTopics.UPDATED, orderId,
				security.currentLogin());
	}

	private List<Order> read(String sql, List<?> params) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return database.jdbc().query(sql, params, rs -> {
			Currency currency = Currency.getInstance(rs.getString(7));
			Money total = new Money(rs.getBigDecimal(6), currency);
			Money paid = new Money(rs.getBigDecimal(8), currency);
			return new Order(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5), total, paid,
					new Money(total.amount().subtract(paid.amount()), currency), DeliveryStatus.valueOf(rs.getString(9)),
					Rows.instant(rs, 10));
		});
	}
}
