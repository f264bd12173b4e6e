package org.rapport.sales.internal.store;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.platform.approvals.Approval;
import org.rapport.platform.approvals.ApprovalState;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteStatus;
import org.rapport.sales.Quotes;

/**
 * Reads quotes with their lines. A quote waiting for approval shows the decision made on it, whether or not
 * {@link org.rapport.sales.internal.QuoteApprovalListener} has stored it yet (the decision may come from another
 * workbench on the server); reading never writes.
 */
public final class QuoteReads {

	private final Database database;
	private final Approvals approvals;

	public QuoteReads(Database database, Approvals approvals) {
		this.database = database;
		this.approvals = approvals;
	}

	public Optional<Quote> find(long id) {
		return read("SELECT " + QuoteStore.COLUMNS + " FROM sales_quote WHERE id = ?", List.of(id)).stream()
				.findFirst();
	}

	public List<Quote> ofCustomer(long customerId, int limit) {
		return read("SELECT " + QuoteStore.COLUMNS + " FROM sales_quote WHERE customer_id = ?"
				+ " ORDER BY created_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
				List.of(customerId));
	}

	/** Quotes in a status as the user sees it, so also those decided but not yet stored as decided. */
	public List<Quote> inStatus(QuoteStatus status, int limit) {
		List<QuoteStatus> stored = switch (status) {
		case APPROVED -> List.of(QuoteStatus.APPROVED, QuoteStatus.AWAITING_APPROVAL, QuoteStatus.REJECTED);
		case REJECTED -> List.of(QuoteStatus.REJECTED, QuoteStatus.AWAITING_APPROVAL);
		default -> List.of(status);
		};
		List<Quote> found = read("SELECT " + QuoteStore.COLUMNS + " FROM sales_quote WHERE status IN ("
				+ "?, ".repeat(stored.size() - 1) + "?) ORDER BY created_at DESC, id DESC FETCH FIRST "
				+ Math.max(1, limit) + " ROWS ONLY", stored);
		return found.stream().filter(q -> q.status() == status).toList();
	}

	/** The status a decision gives a quote that waited for it, or null while the request is pending. */
	public static QuoteStatus decided(ApprovalState state) {
		return switch (state) {
		case APPROVED -> QuoteStatus.APPROVED;
		case REJECTED -> QuoteStatus.REJECTED;
		default -> null;
		};
	}

	private List<Quote> read(String sql, List<?> params) {
		List<QuoteStore.Row> rows = database.jdbc().query(sql, params, QuoteStore.ROW);
		Map<Long, Approval> decisions = approvals.latest(Opportunities.MODULE, Quotes.ENTITY,
				rows.stream().filter(QuoteReads::waited).map(QuoteStore.Row::id).toList());
		return database.jdbc().read(c -> {
			List<Quote> found = new ArrayList<>();
			for (QuoteStore.Row row : rows) {
				QuoteStatus status = row.status();
				String rejection = "";
				Approval decision = waited(row) ? decisions.get(row.id()) : null;
				QuoteStatus made = decision == null ? null : decided(decision.state());
				if (made != null) {
					status = made;
					rejection = made == QuoteStatus.REJECTED ? decision.comment() : "";
				}
				Currency currency = Currency.getInstance(row.currency());
				found.add(new Quote(row.id(), row.version(), row.number(), row.customerId(), row.opportunityId(),
						status, row.validUntil(), QuoteStore.lines(c, row.id(), currency),
						new Money(row.total(), currency), row.createdBy(), row.created(), rejection));
			}
			return found;
		});
	}

	/** Whether the quote was sent for approval and its status follows the decision. */
	private static boolean waited(QuoteStore.Row row) {
		return row.status() == QuoteStatus.AWAITING_APPROVAL || row.status() == QuoteStatus.REJECTED;
	}
}
