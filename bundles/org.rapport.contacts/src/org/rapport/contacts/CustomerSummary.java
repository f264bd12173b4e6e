package org.rapport.contacts;

/**
 * One line of the customer list.
 *
 * @param sortKey where the line stands in the unfiltered list (name order)
 * @param cursor  where the line stands in a filtered list; pass the last line back through
 *                {@link CustomerQuery#next} to continue. Opaque.
 */
public record CustomerSummary(long id, CustomerKind kind, String name, String company, String email, String phone,
		String city, LifecycleStage stage, VipTier vipTier, String owner, String sortKey, String cursor) {

	/** The same line with its place in a filtered list. */
	public CustomerSummary at(String position) {
		return new CustomerSummary(id, kind, name, company, email, phone, city, stage, vipTier, owner, sortKey, position);
	}
}
