package org.rapport.sales;

import java.time.Instant;

import org.rapport.platform.money.Money;

/**
 * An order from an accepted quote, its delivery and what is still to be paid.
 *
 * @param version     changes with every save; a change made from an older version is refused
 * @param paid        the sum of the payments recorded against it
 * @param outstanding total less paid (the receivable)
 */
public record Order(long id, int version, String number, long quoteId, long customerId, Money total, Money paid,
		Money outstanding, DeliveryStatus delivery, Instant ordered) {
}
