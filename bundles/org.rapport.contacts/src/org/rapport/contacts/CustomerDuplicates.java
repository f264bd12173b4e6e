package org.rapport.contacts;

import java.util.List;

/**
 * Duplicate customers: candidates while a customer is entered, the review queue of likely pairs, and merging.
 * A merge moves every module's records of the merged customer in its own transaction ({@link CustomerReferences}),
 * then posts {@code org/rapport/contacts/customer/MERGED} with the properties {@link #OLD_ID} and {@link #NEW_ID},
 * for views to refresh.
 */
public interface CustomerDuplicates {

	/** Event property: id of the customer merged away. */
	String OLD_ID = "oldId";
	/** Event property: id of the customer that remains. */
	String NEW_ID = "newId";
	/** Event action of a merge. */
	String MERGED = "MERGED";

	/** Existing customers the input may duplicate: same email or phone, or a similar name at the same company. */
	List<CustomerSummary> candidatesFor(CustomerInput input);

	/** Likely pairs in the whole database, for a person to review; the database is not loaded for this. */
	List<DuplicatePair> reviewQueue(int limit);

	/**
	 * Merges {@code mergedId} into {@code keptId}: the kept customer takes {@code chosen} (the values the user picked
	 * field by field) plus every channel and tag of the other; the other is deleted, and every record any module holds
	 * of it (each {@link CustomerReferences}) moves to the kept customer in the same transaction.
	 */
	Customer merge(long keptId, long mergedId, CustomerInput chosen);
}
