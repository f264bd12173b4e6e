package org.rapport.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new quote, or a draft's new lines.
 *
 * @param currency the quote's currency (ISO code): every product's price is in it
 */
public record QuoteInput(long customerId, Long opportunityId, String currency, LocalDate validUntil,
		List<Line> lines) {

	/** A product, how many, and the rep's discount in percent. */
	public record Line(long productId, BigDecimal quantity, BigDecimal discountPercent) {
	}

	public QuoteInput {
		lines = List.copyOf(lines);
	}
}
