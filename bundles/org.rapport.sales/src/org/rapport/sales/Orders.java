package org.rapport.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rapport.platform.money.Money;

/** Orders, their payments and delivery. Changes post {@code org/rapport/sales/order/<ACTION>}. */
public interface Orders {

	String ENTITY = "order";

	Optional<Order> find(long id);

	/** A customer's orders, newest first: the purchase history. */
	List<Order> ofCustomer(long customerId, int limit);

	/** Orders not paid in full, oldest first: the receivables. */
	List<Order> outstanding(int limit);

	/**
	 * Records a payment against an order.
	 *
	 * @param version the order's version as read
	 * @throws org.rapport.platform.validation.ValidationException   for an amount of zero or less, in another
	 *                                                               currency, or more than is outstanding
	 * @throws org.rapport.platform.persistence.StaleRecordException when someone else saved the order after that
	 *                                                               version was read; nothing is recorded
	 */
	Order pay(long orderId, int version, Money amount, LocalDate paidOn, String reference);

	/**
	 * Follows the order's delivery.
	 *
	 * @param version the order's version as read
	 * @throws org.rapport.platform.persistence.StaleRecordException when someone else saved the order after that
	 *                                                               version was read
	 */
	Order deliver(long orderId, int version, DeliveryStatus status);
}
