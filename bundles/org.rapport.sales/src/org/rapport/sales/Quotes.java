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
	 *
	 * @param version the quote's version as read: the lines submitted are the lines the user saw
	 * @throws org.rapport.platform.validation.ValidationException   unless the quote is a draft
	 * @throws org.rapport.platform.persistence.StaleRecordException naming the quote when someone else saved or
	 *                                                               moved it after that version was read
	 */
	Quote submit(long id, int version);

	/**
	 * The customer accepted an approved quote: it becomes an order, once however often it is accepted.
	 *
	 * @param version the quote's version as read (a manager's decision on its discount does not change it)
	 * @throws org.rapport.platform.validation.ValidationException   unless the quote is approved and still valid
	 * @throws org.rapport.platform.persistence.StaleRecordException naming the quote when someone else saved,
	 *                                                               accepted or declined it after that version was
	 *                                                               read; no order is made
	 */
	Order accept(long id, int version);

	/**
	 * The customer declined it; a quote declined already stays as it is.
	 *
	 * @param version the quote's version as read
	 * @throws org.rapport.platform.validation.ValidationException   for an accepted quote
	 * @throws org.rapport.platform.persistence.StaleRecordException naming the quote when someone else saved it
	 *                                                               after that version was read
	 */
	Quote decline(long id, int version);

	/** {@link #submit(long, int)} on the quote as it is stored now: for work no one saw first (tests, scripts). */
	default Quote submit(long id) {
		return submit(id, storedVersion(id));
	}

	/** {@link #accept(long, int)} on the quote as it is stored now: for work no one saw first (tests, scripts). */
	default Order accept(long id) {
		return accept(id, storedVersion(id));
	}

	/** {@link #decline(long, int)} on the quote as it is stored now: for work no one saw first (tests, scripts). */
	default Quote decline(long id) {
		return decline(id, storedVersion(id));
	}

	/** The highest discount each role may give without approval, in percent. */
	Map<Role, BigDecimal> discountLimits();

	void discountLimit(Role role, BigDecimal percent);

	/** The version stored now, or -1 for no such quote (which the versioned methods then refuse as not found). */
	private int storedVersion(long id) {
		return find(id).map(Quote::version).orElse(-1);
	}
}
