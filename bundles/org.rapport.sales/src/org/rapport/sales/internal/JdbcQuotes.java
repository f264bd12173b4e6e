package org.rapport.sales.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.approvals.ApprovalRequest;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.DeliveryStatus;
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
import org.rapport.sales.internal.store.DiscountLimits;
import org.rapport.sales.internal.store.OrderEntity;
import org.rapport.sales.internal.store.QuoteEntity;
import org.rapport.sales.internal.store.QuoteReads;
import org.rapport.sales.internal.store.QuoteStore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;

/**
 * Quotes: the sales_quote row is a JPA entity with a version, its lines are rows of sales_quote_line written in the
 * same transaction. Reads are {@link QuoteReads}, the limits {@link DiscountLimits}; a discount decision reaches a
 * quote through {@link QuoteApprovalListener}.
 */
@Component(service = Quotes.class)
public class JdbcQuotes implements Quotes {

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
		String login = security.currentLogin();
		long id = Transactions.inTransaction(factory(), em -> {
			QuoteEntity e = new QuoteEntity();
			e.customerId = input.customerId();
			e.opportunityId = input.opportunityId();
			e.status = QuoteStatus.DRAFT;
			e.currency = input.currency();
			e.total = QuotePricing.total(lines, input.currency()).amount();
			e.validUntil = input.validUntil();
			e.createdBy = login;
			e.created = Timestamp.from(Instant.now());
			em.persist(e);
			e.number = "Q-" + LocalDate.now().getYear() + "-" + e.id;
			em.flush();
			Transactions.sql(em, c -> {
				QuoteStore.writeLines(c, e.id, lines);
				return null;
			});
			return e.id;
		});
		post(id, EventTopics.CREATED);
		return find(id).orElseThrow();
	}

	@Override
	public Quote update(long id, int version, QuoteInput input) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Quote before = existing(id, version);
		if (before.status() != QuoteStatus.DRAFT && before.status() != QuoteStatus.REJECTED) {
			throw new ValidationException("status", NLS.bind(Messages.Quote_notDraft, before.number(), before.status()));
		}
		List<QuoteLine> lines = new QuotePricing(customers, products).lines(input);
		save(before, em -> {
			QuoteEntity e = current(em, before);
			e.status = QuoteStatus.DRAFT;
			e.currency = input.currency();
			e.total = QuotePricing.total(lines, input.currency()).amount();
			e.validUntil = input.validUntil();
			// The quote's row first: its new version holds off anyone else's save of the lines.
			em.flush();
			return Transactions.sql(em, c -> {
				QuoteStore.writeLines(c, id, lines);
				return null;
			});
		});
		post(id, EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public Optional<Quote> find(long id) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return reads().find(id);
	}

	@Override
	public List<Quote> ofCustomer(long customerId, int limit) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return reads().ofCustomer(customerId, limit);
	}

	@Override
	public List<Quote> inStatus(QuoteStatus status, int limit) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return reads().inStatus(status, limit);
	}

	@Override
	public Quote submit(long id, int version) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		// Checked before the approval is requested: a request for lines the user did not see is not filed.
		Quote quote = existing(id, version);
		if (quote.status() != QuoteStatus.DRAFT) {
			throw new ValidationException("status", NLS.bind(Messages.Quote_notDraft, quote.number(), quote.status()));
		}
		User me = security.currentUser();
		BigDecimal limit = limits().of(me);
		QuoteLine deepest = quote.lines().stream().max((a, b) -> a.discountPercent().compareTo(b.discountPercent()))
				.orElseThrow();
		if (deepest.discountPercent().compareTo(limit) <= 0) {
			setStatus(quote, QuoteStatus.APPROVED);
		} else {
			Role approver = me.roles().contains(Role.SALES_MANAGER) || me.roles().contains(Role.ADMINISTRATOR)
					? Role.ADMINISTRATOR : Role.SALES_MANAGER;
			String customer = customers.names(List.of(quote.customerId())).getOrDefault(quote.customerId(), "");
			approvals.request(new ApprovalRequest(Opportunities.MODULE, ENTITY, id, NLS.bind(Messages.Quote_approval,
					new Object[] { quote.number(), customer, deepest.discountPercent().stripTrailingZeros().toPlainString(),
							deepest.description(), limit.stripTrailingZeros().toPlainString(), quote.total() }),
					approver));
			setStatus(quote, QuoteStatus.AWAITING_APPROVAL);
		}
		post(id, EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public Order accept(long id, int version) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Quote quote = existing(id, version);
		if (quote.status() != QuoteStatus.APPROVED) {
			throw new ValidationException("status", NLS.bind(Messages.Quote_notApproved, quote.number(), quote.status()));
		}
		if (quote.validUntil().isBefore(LocalDate.now())) {
			throw new ValidationException("validUntil", NLS.bind(Messages.Quote_expired, quote.number(),
					quote.validUntil()));
		}
		long orderId = save(quote, em -> {
			current(em, quote).status = QuoteStatus.ACCEPTED;
			OrderEntity order = new OrderEntity();
			order.quoteId = quote.id();
			order.customerId = quote.customerId();
			order.total = quote.total().amount();
			order.currency = quote.total().currency().getCurrencyCode();
			order.paid = BigDecimal.ZERO;
			order.delivery = DeliveryStatus.NOT_SHIPPED;
			order.ordered = Timestamp.from(Instant.now());
			em.persist(order);
			order.number = "SO-" + LocalDate.now().getYear() + "-" + order.id;
			em.flush();
			Transactions.sql(em, c -> {
				audit.record(c, "sales.quote", String.valueOf(id), "status", QuoteStatus.APPROVED.name(),
						QuoteStatus.ACCEPTED.name());
				return null;
			});
			return order.id;
		});
		if (quote.opportunityId() != null) {
			win(quote.opportunityId());
		}
		post(id, EventTopics.UPDATED);
		RecordEvents.post(events, Opportunities.MODULE, Orders.ENTITY, EventTopics.CREATED, orderId,
				security.currentLogin());
		return orders.find(orderId).orElseThrow();
	}

	@Override
	public Quote decline(long id, int version) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Quote quote = existing(id, version);
		if (quote.status() == QuoteStatus.ACCEPTED) {
			throw new ValidationException("status", NLS.bind(Messages.Quote_notDraft, quote.number(), quote.status()));
		}
		if (quote.status() == QuoteStatus.DECLINED) {
			return quote;
		}
		setStatus(quote, QuoteStatus.DECLINED);
		post(id, EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public Map<Role, BigDecimal> discountLimits() {
		return limits().all();
	}

	@Override
	public void discountLimit(Role role, BigDecimal percent) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new ValidationException("percent", Messages.Quote_badDiscount);
		}
		limits().set(role, percent);
	}

	/**
	 * An accepted quote wins its opportunity, if that is still open. The order is made already: a move of the
	 * opportunity by someone else meanwhile is read again and decides whether it is still open, a few times at most.
	 */
	private void win(long opportunityId) {
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				winAsRead(opportunityId);
				return;
			} catch (StaleRecordException e) {
				// Moved meanwhile: read it again.
			}
		}
	}

	private void winAsRead(long opportunityId) {
		opportunities.find(opportunityId).ifPresent(o -> processes.find(o.processId()).ifPresent(p -> {
			boolean open = p.stage(o.stageId()).map(s -> s.outcome() == SalesStage.Outcome.OPEN).orElse(false);
			p.stages().stream().filter(s -> s.outcome() == SalesStage.Outcome.WON).findFirst().filter(s -> open)
					.ifPresent(won -> opportunities.moveTo(opportunityId, o.version(), won.id()));
		}));
	}

	/** Moves the quote as read to another status, unless someone saved it since; audited in the same transaction. */
	private void setStatus(Quote quote, QuoteStatus status) {
		save(quote, em -> {
			current(em, quote).status = status;
			em.flush();
			return Transactions.sql(em, c -> {
				audit.record(c, "sales.quote", String.valueOf(quote.id()), "status", quote.status().name(),
						status.name());
				return null;
			});
		});
	}

	/**
	 * The quote's entity in this transaction, refused when it is no longer the version that was read. Its version
	 * steps on every save, also one that changes only the lines (which are not part of the entity).
	 */
	private static QuoteEntity current(EntityManager em, Quote read) {
		QuoteEntity e = em.find(QuoteEntity.class, read.id());
		if (e == null) {
			throw new ValidationException("quote", NLS.bind(Messages.Quote_notFound, read.id()));
		}
		if (e.version != read.version()) {
			throw stale(read);
		}
		em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return e;
	}

	/** Saves in one transaction; a version that changed meanwhile, found before or at the write, names the quote. */
	private <T> T save(Quote quote, Function<EntityManager, T> work) {
		try {
			return Transactions.inTransaction(factory(), work);
		} catch (StaleRecordException e) {
			throw e.getCause() == null ? e : new StaleRecordException(stale(quote).getMessage(), e);
		}
	}

	private static StaleRecordException stale(Quote quote) {
		return new StaleRecordException(NLS.bind(Messages.Quote_savedMeanwhile, quote.number()));
	}

	private Quote existing(long id) {
		return find(id).orElseThrow(() -> new ValidationException("quote", NLS.bind(Messages.Quote_notFound, id)));
	}

	/** The quote as stored, refused as stale when it is no longer the version the user acted on. */
	private Quote existing(long id, int version) {
		Quote quote = existing(id);
		if (quote.version() != version) {
			throw stale(quote);
		}
		return quote;
	}

	private QuoteReads reads() {
		return new QuoteReads(database, approvals);
	}

	private DiscountLimits limits() {
		return new DiscountLimits(database, audit);
	}

	private EntityManagerFactory factory() {
		return database.entityManagerFactory(QuoteEntity.class, "org.rapport.sales");
	}

	private void post(long id, String action) {
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, action, id, security.currentLogin());
	}
}
