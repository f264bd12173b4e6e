package org.rapport.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.rapport.platform.money.Money;

/**
 * An offer to a customer.
 *
 * @param number        the quote number the customer sees (Q-2026-000123)
 * @param opportunityId the opportunity it belongs to, or null
 * @param rejection     the approver's reason when the discount was rejected, or empty
 */
public record Quote(long id, int version, String number, long customerId, Long opportunityId, QuoteStatus status,
		LocalDate validUntil, List<QuoteLine> lines, Money total, String createdBy, Instant created,
		String rejection) {

	public Quote {
		lines = List.copyOf(lines);
	}
}
