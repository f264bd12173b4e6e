package org.rapport.sales;

/**
 * A new lead as typed or imported.
 *
 * @param source campaign, exhibition, referral, web, cold call... (web when empty)
 * @param region the territory it belongs to, or null
 */
public record LeadInput(String name, String company, String email, String phone, String source, String region) {
}
