package org.rapport.sales.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.approvals.Approval;
import org.rapport.platform.approvals.ApprovalRequest;
import org.rapport.platform.approvals.ApprovalState;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Order;
import org.rapport.sales.Orders;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.QuoteLine;
import org.rapport.sales.QuoteStatus;
import org.rapport.sales.Quotes;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

/**
 * Quotes in sales_quote and sales_quote_line. A quote waiting for approval learns the decision from the
 * platform's approvals when it is next read.
 */
@Component(service = Quotes.class)
public class JdbcQuotes implements Quotes {

	private static final String COLUMNS = "id, version, quote_number, customer_id, opportunity_id, status, currency,"
			+ " total, valid_until, created_by, created_at";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private CustomerService customers;

	@Reference
	private Products products;

	@Reference
	private Approvals approvals;

	@Reference
	private Orders orders;

	@Reference
	private Opportunities opportunities;

	@Reference
	private SalesProcesses processes;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Quote create(QuoteInput input) {
		security.checkPermitted(Opportunities.MODULE, Action.CREATE);
		List<QuoteLine> lines = new QuotePricing(customers, products).lines(input);
		long id;
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			id = new SalesIds(database.info().kind()).next(c);
			try (PreparedStatement st = c.prepareStatement("INSERT INTO sales_quote (" + COLUMNS
					+ ") VALUES (?, 1, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?)")) {
				st.setLong(1, id);
				st.setString(2, "Q-" + LocalDate.now().getYear() + "-" + id);
				st.setLong(3, input.customerId());
				st.setObject(4, input.opportunityId(), java.sql.Types.BIGINT);
				st.setString(5, input.currency());
				st.setBigDecimal(6, QuotePricing.total(lines, input.currency()).amount());
				st.setObject(7, java.sql.Date.valueOf(input.validUntil()));
				st.setString(8, security.currentUser().login());
				st.setTimestamp(9, Timestamp.from(Instant.now()));
				st.executeUpdate();
			}
			QuoteStore.writeLines(c, id, lines);
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		post(id, EventTopics.CREATED);
		return find(id).orElseThrow();
	}

	@Override
	public Quote update(long id, int version, QuoteInput input) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Quote before = existing(id);
		if (before.status() != QuoteStatus.DRAFT && before.status() != QuoteStatus.REJECTED) {
			throw new ValidationException("status", NLS.bind(Messages.Quote_notDraft, before.number(), before.status()));
		}
		List<QuoteLine> lines = new QuotePricing(customers, products).lines(input);
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement st = c.prepareStatement("UPDATE sales_quote SET status = 'DRAFT', currency = ?,"
					+ " total = ?, valid_until = ?, version = version + 1 WHERE id = ? AND version = ?")) {
				st.setString(1, input.currency());
				st.setBigDecimal(2, QuotePricing.total(lines, input.currency()).amount());
				st.setObject(3, java.sql.Date.valueOf(input.validUntil()));
				st.setLong(4, id);
				st.setInt(5, version);
				if (st.executeUpdate() == 0) {
					c.rollback();
					throw new ValidationException("version", Messages.Opportunity_changedMeanwhile);
				}
			}
			QuoteStore.writeLines(c, id, lines);
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		post(id, EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public Optional<Quote> find(long id) {
		return read("SELECT " + COLUMNS + " FROM sales_quote WHERE id = ?", List.of(id)).stream().findFirst();
	}

	@Override
	public List<Quote> ofCustomer(long customerId, int limit) {
		return read("SELECT " + COLUMNS + " FROM sales_quote WHERE customer_id = ? ORDER BY created_at DESC, id DESC"
				+ " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", List.of(customerId));
	}

	@Override
	public List<Quote> inStatus(QuoteStatus status, int limit) {
		return read("SELECT " + COLUMNS + " FROM sales_quote WHERE status = ? ORDER BY created_at DESC, id DESC"
				+ " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", List.of(status.name()));
	}

	@Override
	public Quote submit(long id) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Quote quote = existing(id);
		if (quote.status() != QuoteStatus.DRAFT) {
			throw new ValidationException("status", NLS.bind(Messages.Quote_notDraft, quote.number(), quote.status()));
		}
		User me = security.currentUser();
		BigDecimal limit = limitOf(me);
		QuoteLine deepest = quote.lines().stream().max((a, b) -> a.discountPercent().compareTo(b.discountPercent()))
				.orElseThrow();
		if (deepest.discountPercent().compareTo(limit) <= 0) {
			setStatus(id, QuoteStatus.APPROVED);
		} else {
			Role approver = me.roles().contains(Role.SALES_MANAGER) || me.roles().contains(Role.ADMINISTRATOR)
					? Role.ADMINISTRATOR : Role.SALES_MANAGER;
			String customer = customers.names(List.of(quote.customerId())).getOrDefault(quote.customerId(), "");
			approvals.request(new ApprovalRequest(Opportunities.MODULE, ENTITY, id, NLS.bind(Messages.Quote_approval,
					new Object[] { quote.number(), customer, deepest.discountPercent().stripTrailingZeros().toPlainString(),
							deepest.description(), limit.stripTrailingZeros().toPlainString(), quote.total() }),
					approver));
			setStatus(id, QuoteStatus.AWAITING_APPROVAL);
		}
		post(id, EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public Order accept(long id) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Quote quote = existing(id);
		if (quote.status() != QuoteStatus.APPROVED) {
			throw new ValidationException("status", NLS.bind(Messages.Quote_notApproved, quote.number(), quote.status()));
		}
		if (quote.validUntil().isBefore(LocalDate.now())) {
			throw new ValidationException("validUntil", NLS.bind(Messages.Quote_expired, quote.number(),
					quote.validUntil()));
		}
		long orderId;
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			orderId = QuoteStore.order(c, new SalesIds(database.info().kind()).next(c), quote);
			try (PreparedStatement st = c.prepareStatement("UPDATE sales_quote SET status = 'ACCEPTED',"
					+ " version = version + 1 WHERE id = ?")) {
				st.setLong(1, id);
				st.executeUpdate();
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		if (quote.opportunityId() != null) {
			win(quote.opportunityId());
		}
		audit.record("sales.quote", String.valueOf(id), "status", QuoteStatus.APPROVED.name(), QuoteStatus.ACCEPTED.name());
		post(id, EventTopics.UPDATED);
		RecordEvents.post(events, Opportunities.MODULE, Orders.ENTITY, EventTopics.CREATED, orderId,
				security.currentUser().login());
		return orders.find(orderId).orElseThrow();
	}

	@Override
	public Quote decline(long id) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Quote quote = existing(id);
		if (quote.status() == QuoteStatus.ACCEPTED) {
			throw new ValidationException("status", NLS.bind(Messages.Quote_notDraft, quote.number(), quote.status()));
		}
		setStatus(id, QuoteStatus.DECLINED);
		post(id, EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public Map<Role, BigDecimal> discountLimits() {
		Map<Role, BigDecimal> limits = new EnumMap<>(Role.class);
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"SELECT role_name, max_percent FROM sales_discount_limit"); ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				limits.put(Role.valueOf(rs.getString(1)), rs.getBigDecimal(2));
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return limits;
	}

	@Override
	public void discountLimit(Role role, BigDecimal percent) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new ValidationException("percent", Messages.Quote_badDiscount);
		}
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM sales_discount_limit WHERE role_name = ?");
					PreparedStatement insert = c.prepareStatement(
							"INSERT INTO sales_discount_limit (role_name, max_percent) VALUES (?, ?)")) {
				delete.setString(1, role.name());
				delete.executeUpdate();
				insert.setString(1, role.name());
				insert.setBigDecimal(2, percent);
				insert.executeUpdate();
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("sales.discountLimit", role.name(), "percent", null, percent.toPlainString());
	}

	/** The highest limit of the user's roles; none without a limit set. */
	private BigDecimal limitOf(User user) {
		Map<Role, BigDecimal> limits = discountLimits();
		return user.roles().stream().map(r -> limits.getOrDefault(r, BigDecimal.ZERO)).max(BigDecimal::compareTo)
				.orElse(BigDecimal.ZERO);
	}

	/** An accepted quote wins its opportunity, if that is still open. */
	private void win(long opportunityId) {
		opportunities.find(opportunityId).ifPresent(o -> processes.find(o.processId()).ifPresent(p -> {
			boolean open = p.stage(o.stageId()).map(s -> s.outcome() == SalesStage.Outcome.OPEN).orElse(false);
			p.stages().stream().filter(s -> s.outcome() == SalesStage.Outcome.WON).findFirst().filter(s -> open)
					.ifPresent(won -> opportunities.moveTo(opportunityId, won.id()));
		}));
	}

	private Quote existing(long id) {
		return find(id).orElseThrow(() -> new ValidationException("quote", NLS.bind(Messages.Quote_notFound, id)));
	}

	private void setStatus(long id, QuoteStatus status) {
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"UPDATE sales_quote SET status = ?, version = version + 1 WHERE id = ?")) {
			st.setString(1, status.name());
			st.setLong(2, id);
			st.executeUpdate();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("sales.quote", String.valueOf(id), "status", null, status.name());
	}

	/** Reads quotes; one waiting for approval takes the decision made meanwhile. */
	private List<Quote> read(String sql, List<?> params) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		List<Quote> found = new ArrayList<>();
		try (Connection c = database.dataSource().getConnection()) {
			List<QuoteStore.Row> rows = QuoteStore.read(c, sql, params);
			Map<Long, Approval> decisions = approvals.latest(Opportunities.MODULE, ENTITY, rows.stream()
					.filter(r -> r.status() == QuoteStatus.AWAITING_APPROVAL || r.status() == QuoteStatus.REJECTED)
					.map(QuoteStore.Row::id).toList());
			for (QuoteStore.Row row : rows) {
				QuoteStatus status = row.status();
				int version = row.version();
				String rejection = "";
				if (status == QuoteStatus.AWAITING_APPROVAL || status == QuoteStatus.REJECTED) {
					Optional<Approval> decision = Optional.ofNullable(decisions.get(row.id()));
					ApprovalState state = decision.map(Approval::state).orElse(ApprovalState.PENDING);
					if (state == ApprovalState.APPROVED || state == ApprovalState.REJECTED) {
						QuoteStatus decided = state == ApprovalState.APPROVED ? QuoteStatus.APPROVED : QuoteStatus.REJECTED;
						if (decided != status) {
							setStatus(row.id(), decided);
							status = decided;
							version++;
						}
						rejection = state == ApprovalState.REJECTED ? decision.get().comment() : "";
					}
				}
				Currency currency = Currency.getInstance(row.currency());
				found.add(new Quote(row.id(), version, row.number(), row.customerId(), row.opportunityId(), status,
						row.validUntil(), QuoteStore.lines(c, row.id(), currency), new Money(row.total(), currency),
						row.createdBy(), row.created(), rejection));
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return found;
	}

	private void post(long id, String action) {
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, action, id, security.currentUser().login());
	}
}
