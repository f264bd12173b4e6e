package org.rapport.sales;

/**
 * How a qualified lead becomes a customer.
 *
 * @param accountId   an existing account to link the person to, or null to create one from the lead's company
 *                    (none when the lead names no company)
 * @param personId    an existing person the lead turned out to be, or null to create one from the lead
 * @param opportunity the opportunity to open (its customer id is ignored: the person's is used), or null for none
 */
public record LeadConversion(Long accountId, Long personId, OpportunityInput opportunity) {
}
