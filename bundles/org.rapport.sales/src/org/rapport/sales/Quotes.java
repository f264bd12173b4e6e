package org.rapport.sales;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.platform.security.Role;

/**
 * Quotes and the discounts in them. A discount above the limit of the submitter's role goes to a sales manager
 * through the platform's {@link org.rapport.platform.approvals.Approvals}; an accepted quote becomes an order.
 * Changes post {@code org/rapport/sales/quote/<ACTION>}.
 */
public interface Quotes {

	String ENTITY = "quote";

	/** The record type of quotes (sharing, approvals); their orders and payments are seen with them. */
	String RECORD_TYPE = "sales.quote";

	/**
	 * A draft priced from the customer's price list.
	 *
	 * @throws org.rapport.platform.validation.ValidationException naming each line and field at fault: unknown
	 *                                                             product, a quantity of zero or less, a discount
	 *                                                             outside 0-100, a price in another currency
	 */
	Quote create(QuoteInput input);

	/**
	 * Replaces a draft's lines (or a rejected quote's, which becomes a draft again).
	 *
	 * @param version the quote's version as read
	 * @throws org.rapport.platform.persistence.StaleRecordException when someone else saved the quote after that
	 *                                                               version was read; the quote keeps their change
	 */
	Quote update(long id, int version, QuoteInput input);

	Optional<Quote> find(long id);

	/** A customer's quotes, newest first. */
	List<Quote> ofCustomer(long customerId, int limit);

	/** Quotes in a status, newest first. */
	List<Quote> inStatus(QuoteStatus status, int limit);

	/**
	 * Submits a draft: approved at once when no line's discount is above the submitter's limit, else waiting for
	 * a sales manager's approval in the platform's inbox.
	 */
	Quote submit(long id);

	/**
	 * The customer accepted an approved quote: it becomes an order.
	 *
	 * @throws org.rapport.platform.validation.ValidationException unless the quote is approved and still valid
	 */
	Order accept(long id);

	/** The customer declined it. */
	Quote decline(long id);

	/** The highest discount each role may give without approval, in percent. */
	Map<Role, BigDecimal> discountLimits();

	void discountLimit(Role role, BigDecimal percent);
}
