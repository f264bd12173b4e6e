package org.rapport.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.rapport.platform.money.Money;

/**
 * A line of a quote.
 *
 * @param unitPrice       the customer's price for one unit (after the tier's price list)
 * @param discountPercent the discount the rep gives on this line, 0 to 100
 */
public record QuoteLine(long productId, String description, BigDecimal quantity, Money unitPrice,
		BigDecimal discountPercent) {

	/** Quantity x unit price less the discount, to the cent. */
	public Money total() {
		BigDecimal gross = unitPrice.amount().multiply(quantity);
		BigDecimal net = gross.subtract(gross.multiply(discountPercent).divide(BigDecimal.valueOf(100)));
		return new Money(net.setScale(2, RoundingMode.HALF_UP), unitPrice.currency());
	}
}
