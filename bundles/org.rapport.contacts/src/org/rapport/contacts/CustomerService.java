package org.rapport.contacts;

import java.util.List;
import java.util.Optional;

/**
 * Customers: every entry point (workbench, import, headless commands, other modules) goes through here, so
 * that permissions, validation, the audit log and events apply to all. Events are posted on
 * {@code org/rapport/contacts/customer/<CREATED|UPDATED>} with the customer id.
 */
public interface CustomerService {

	/** Event topic base of customer events. */
	String MODULE = "contacts";
	String ENTITY = "customer";
	String AUDIT_TYPE = "contacts.customer";

	/**
	 * Creates a customer.
	 *
	 * @throws org.rapport.platform.validation.ValidationException with one error per field at fault
	 */
	Customer create(CustomerInput input);

	/**
	 * Saves changes made to version {@code version} of a customer.
	 *
	 * @throws ConcurrentEditException when someone else saved it in between; nothing is written
	 */
	Customer update(long id, int version, CustomerInput input);

	Optional<Customer> find(long id);

	/**
	 * Notes that someone was in contact with the customer at a time (a call, a visit, a message), so that
	 * segments can find customers by their last interaction. Modules that record interactions call it; a time
	 * earlier than the one noted already changes nothing. Not an edit: the customer's version stays.
	 */
	void noteInteraction(long id, java.time.Instant at);

	/** {@link #noteInteraction} for many customers at once (bulk work: imports, demo data), customer id to time. */
	void noteInteractions(java.util.Map<Long, java.time.Instant> latest);

	/** One page of the customer list, in name order; never counts or loads the whole table. */
	List<CustomerSummary> search(CustomerQuery query);

	/** The display names of customers by id, read at once (for lists of other modules' records); unknown ids are left out. */
	java.util.Map<Long, String> names(java.util.Collection<Long> ids);
}
