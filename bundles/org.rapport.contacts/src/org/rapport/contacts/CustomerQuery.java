package org.rapport.contacts;

/**
 * A page of the customer list: what the user typed, a saved view, and where the previous page ended. The
 * unfiltered list is in the chosen order; a filtered list shows the best matches first: by name, then pinyin
 * and initials, company, email and phone, each in the order of what matched. Text of the form {@code key:value}
 * whose key is a custom field's key or label finds the customers whose value starts with the value.
 *
 * @param text  typed filter: name (case and accents ignored), pinyin or its initials, email, phone digits or
 *              company; empty for all
 * @param owner only customers of this owner, or null
 * @param vip   only VIP customers (any tier above none)
 * @param tag   only customers with this tag, or null
 * @param segment only members of this segment, or null
 * @param sort  order of the unfiltered list
 * @param after the last line of the previous page, or null for the first page
 * @param limit lines per page
 */
public record CustomerQuery(String text, String owner, boolean vip, String tag, Long segment, CustomerSort sort,
		CustomerSummary after, int limit) {

	public CustomerQuery {
		text = text == null ? "" : text;
		sort = sort == null ? CustomerSort.NAME : sort;
	}

	public static CustomerQuery all(int limit) {
		return new CustomerQuery("", null, false, null, null, CustomerSort.NAME, null, limit);
	}

	public static CustomerQuery matching(String text, int limit) {
		return new CustomerQuery(text, null, false, null, null, CustomerSort.NAME, null, limit);
	}

	/** The same query, continuing after the given line. */
	public CustomerQuery next(CustomerSummary last) {
		return new CustomerQuery(text, owner, vip, tag, segment, sort, last, limit);
	}

	/** The same query in another order, from the start. */
	public CustomerQuery sortedBy(CustomerSort order) {
		return new CustomerQuery(text, owner, vip, tag, segment, order, null, limit);
	}

	/** The members of a segment, in name order. */
	public static CustomerQuery inSegment(long segment, int limit) {
		return new CustomerQuery("", null, false, null, segment, CustomerSort.NAME, null, limit);
	}
}
