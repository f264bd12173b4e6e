package org.rapport.sales;

/**
 * Where a quote stands: a draft is submitted; a discount above the submitter's limit waits for approval; an
 * approved quote goes to the customer, who accepts it (an order follows) or declines it.
 */
public enum QuoteStatus {
	DRAFT, AWAITING_APPROVAL, APPROVED, REJECTED, ACCEPTED, DECLINED
}
