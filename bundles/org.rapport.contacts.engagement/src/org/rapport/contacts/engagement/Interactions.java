package org.rapport.contacts.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Contacts with customers: calls, visits, meetings, emails, messages, notes. Recording one notes the customer's
 * last interaction (for segments), posts {@code org/rapport/contacts/interaction/CREATED} and, with a follow-up
 * date, creates the task for the next step.
 */
public interface Interactions {

	/** Entity name in event topics and the audit log. */
	String ENTITY = "interaction";

	/**
	 * @throws org.rapport.platform.validation.ValidationException naming the field at fault: an unknown customer,
	 *                                                             a negative duration, a follow-up in the past
	 */
	Interaction record(InteractionInput input);

	/** A customer's interactions at or before a time (null: all), newest first, at most limit, of the types (empty: all). */
	List<Interaction> of(long customerId, Instant before, int limit, Set<InteractionType> types);

	/**
	 * How many interactions of each type each person recorded in a time range (from included, to excluded):
	 * who is busy and who is not. Counted in SQL.
	 */
	java.util.Map<String, java.util.Map<InteractionType, Integer>> activity(Instant from, Instant to);
}
