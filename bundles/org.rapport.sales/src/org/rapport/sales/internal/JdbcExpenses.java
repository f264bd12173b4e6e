package org.rapport.sales.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

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
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Expense;
import org.rapport.sales.ExpenseInput;
import org.rapport.sales.ExpenseKind;
import org.rapport.sales.ExpenseStatus;
import org.rapport.sales.Expenses;
import org.rapport.sales.Opportunities;
import org.rapport.sales.internal.store.ExpenseEntity;

/**
 * Expense claims: the sales_expense row is a JPA entity with a version, lists are read with SQL. A claim's status is
 * the decision on its approval request.
 */
@Component(service = Expenses.class)
public class JdbcExpenses implements Expenses {

	private static final String COLUMNS = "id, version, kind, amount, currency, spent_on, customer_id, opportunity_id,"
			+ " description, spent_by";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private CustomerService customers;

	@Reference
	private Opportunities opportunities;

	@Reference
	private Approvals approvals;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Expense claim(ExpenseInput in) {
		security.checkPermitted(Opportunities.MODULE, Action.CREATE);
		List<FieldError> errors = new ArrayList<>();
		if (in.kind() == null) {
			errors.add(new FieldError("kind", Messages.Expense_kind));
		}
		if (in.amount() == null || in.amount().amount().signum() <= 0) {
			errors.add(new FieldError("amount", Messages.Expense_amount));
		}
		if (in.spentOn() == null || in.spentOn().isAfter(LocalDate.now())) {
			errors.add(new FieldError("spentOn", Messages.Expense_future));
		}
		if (customers.find(in.customerId()).isEmpty()) {
			errors.add(new FieldError("customer", NLS.bind(Messages.Opportunity_noCustomer, in.customerId())));
		}
		if (in.opportunityId() != null && opportunities.find(in.opportunityId()).isEmpty()) {
			errors.add(new FieldError("opportunity", NLS.bind(Messages.Opportunity_notFound, in.opportunityId())));
		}
		if (in.description() == null || in.description().isBlank()) {
			errors.add(new FieldError("description", Messages.Expense_description));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		User me = security.currentUser();
		long id = Transactions.inTransaction(database.entityManagerFactory(ExpenseEntity.class, "org.rapport.sales"),
				em -> {
					ExpenseEntity e = new ExpenseEntity();
					e.kind = in.kind();
					e.amount = in.amount().amount();
					e.currency = in.amount().currency().getCurrencyCode();
					e.spentOn = in.spentOn();
					e.customerId = in.customerId();
					e.opportunityId = in.opportunityId();
					e.description = in.description().strip();
					e.spentBy = me.login();
					e.created = Timestamp.from(Instant.now());
					em.persist(e);
					em.flush();
					return Transactions.sql(em, c -> {
						audit.record(c, "sales.expense", String.valueOf(e.id), "*", null,
								in.kind() + " " + in.amount());
						return e.id;
					});
				});
		// The request is the platform's, filed by its own service once the claim is saved.
		String customer = customers.names(List.of(in.customerId())).getOrDefault(in.customerId(), "");
		Role approver = me.roles().contains(Role.SALES_MANAGER) || me.roles().contains(Role.ADMINISTRATOR)
				? Role.ADMINISTRATOR : Role.SALES_MANAGER;
		approvals.request(new ApprovalRequest(Opportunities.MODULE, ENTITY, id, NLS.bind(Messages.Expense_approval,
				new Object[] { me.displayName(), in.amount(), kind(in.kind()),
						customer, in.description().strip() }), approver));
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, EventTopics.CREATED, id, me.login());
		return read("SELECT " + COLUMNS + " FROM sales_expense WHERE id = ?", List.of(id)).get(0);
	}

	private static String kind(ExpenseKind kind) {
		return switch (kind) {
		case ENTERTAINMENT -> Messages.Kind_entertainment;
		case TRAVEL -> Messages.Kind_travel;
		case GIFT -> Messages.Kind_gift;
		case OTHER -> Messages.Kind_other;
		};
	}

	@Override
	public List<Expense> mine(int limit) {
		return read("SELECT " + COLUMNS + " FROM sales_expense WHERE spent_by = ? ORDER BY created_at DESC, id DESC"
				+ " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", List.of(security.currentLogin()));
	}

	@Override
	public List<Expense> ofCustomer(long customerId, int limit) {
		return read("SELECT " + COLUMNS + " FROM sales_expense WHERE customer_id = ? ORDER BY spent_on DESC, id DESC"
				+ " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", List.of(customerId));
	}

	/** Reads claims; each one's status is the decision on its approval request, read for all of them at once. */
	private List<Expense> read(String sql, List<?> params) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		List<Expense> rows = database.jdbc().query(sql, params, rs -> new Expense(rs.getLong(1), rs.getInt(2),
				ExpenseKind.valueOf(rs.getString(3)), new Money(rs.getBigDecimal(4), Currency.getInstance(rs.getString(5))),
				Rows.localDate(rs, 6), rs.getLong(7), Rows.nullableLong(rs, 8), rs.getString(9), rs.getString(10),
				ExpenseStatus.AWAITING_APPROVAL, ""));
		Map<Long, Approval> decisions = approvals.latest(Opportunities.MODULE, ENTITY,
				rows.stream().map(Expense::id).toList());
		return rows.stream().map(e -> {
			Approval decision = decisions.get(e.id());
			ApprovalState state = decision == null ? ApprovalState.PENDING : decision.state();
			ExpenseStatus status = state == ApprovalState.APPROVED ? ExpenseStatus.APPROVED
					: state == ApprovalState.REJECTED ? ExpenseStatus.REJECTED : ExpenseStatus.AWAITING_APPROVAL;
			return new Expense(e.id(), e.version(), e.kind(), e.amount(), e.spentOn(), e.customerId(), e.opportunityId(),
					e.description(), e.spentBy(), status, status == ExpenseStatus.REJECTED ? decision.comment() : "");
		}).toList();
	}
}
