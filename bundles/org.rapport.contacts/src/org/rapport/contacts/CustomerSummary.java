package org.rapport.contacts;

/** One line of the customer list. */
public record CustomerSummary(long id, CustomerKind kind, String name, String company, String email, String phone,
		String city, LifecycleStage stage, VipTier vipTier, String owner, String sortKey) {
}
