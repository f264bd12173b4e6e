package org.rapport.contacts;

/**
 * Two customers that may be one.
 *
 * @param first  one customer (the older)
 * @param second the other
 * @param reason why they look alike: same email, same phone, or a similar name at the same company
 */
public record DuplicatePair(CustomerSummary first, CustomerSummary second, Reason reason) {

	/** What the two customers share. */
	public enum Reason {
		SAME_EMAIL, SAME_PHONE, SIMILAR_NAME_SAME_COMPANY
	}
}
