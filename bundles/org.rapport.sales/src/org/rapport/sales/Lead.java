package org.rapport.sales;

import java.time.Instant;

/**
 * Someone who may buy, not yet a customer.
 *
 * @param source where the lead came from: campaign, exhibition, referral, web, cold call...
 * @param owner  login of the rep it is assigned to, or null
 */
public record Lead(long id, String name, String company, String email, String source, LeadStatus status, String owner,
		Instant created) {
}
