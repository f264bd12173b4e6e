package org.rapport.sales;

import java.time.Instant;

/**
 * Someone who may buy, not yet a customer.
 *
 * @param version       the version that was read: a later save by someone else refuses a change made with it
 * @param source        where the lead came from: campaign, exhibition, referral, web, cold call...
 * @param region        the territory it belongs to (state, city or area code), or empty
 * @param owner         login of the rep it is assigned to, or null
 * @param lostReason    why it was lost, or empty
 * @param customerId    the person it became (converted), or null
 * @param opportunityId the opportunity its conversion opened, or null
 */
public record Lead(long id, int version, String name, String company, String email, String phone, String source,
		String region, LeadStatus status, String owner, String lostReason, Long customerId, Long opportunityId,
		Instant created) {
}
