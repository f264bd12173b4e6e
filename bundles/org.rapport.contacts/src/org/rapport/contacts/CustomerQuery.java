package org.rapport.contacts;

/**
 * A page of the customer list: what the user typed, a saved view, and where the previous page ended. The
 * unfiltered list is in name order; a filtered list shows the best matches first: by name, then pinyin and
 * initials, company, email and phone, each in the order of what matched.
 *
 * @param text  typed filter: name (case and accents ignored), pinyin or its initials, email, phone digits or
 *              company; empty for all
 * @param owner only customers of this owner, or null
 * @param vip   only VIP customers (any tier above none)
 * @param tag   only customers with this tag, or null
 * @param after the last line of the previous page, or null for the first page
 * @param limit lines per page
 */
public record CustomerQuery(String text, String owner, boolean vip, String tag, CustomerSummary after, int limit) {

	public static CustomerQuery all(int limit) {
		return new CustomerQuery("", null, false, null, null, limit);
	}

	public static CustomerQuery matching(String text, int limit) {
		return new CustomerQuery(text, null, false, null, null, limit);
	}

	/** The same query, continuing after the given line. */
	public CustomerQuery next(CustomerSummary last) {
		return new CustomerQuery(text, owner, vip, tag, last, limit);
	}
}
