package org.rapport.sales;

import org.rapport.contacts.AccountRole;

/**
 * A person on the customer's side of an opportunity and the part they play in the purchase.
 *
 * @param customerId the person (a customer of the contacts module)
 * @param role       decision maker, purchaser, user, technical or financial gatekeeper
 */
public record BuyingContact(long customerId, AccountRole role) {
}
