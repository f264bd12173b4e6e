package org.rapport.contacts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a user enters for a customer: basic, contact channels, status and account information. Persons give
 * given and family name; accounts give the organisation's name.
 */
public record CustomerInput(CustomerKind kind, String name, String givenName, String familyName, Long accountId,
		String company, String jobTitle, AccountRole accountRole, String industry, String companySize,
		String region, String city, String country, String source, LifecycleStage stage, VipTier vipTier,
		boolean active, String owner, List<Channel> channels, Set<String> tags, BigDecimal creditLimit,
		String currency, String paymentTerms, String taxId, String billingAddress) {

	public CustomerInput {
		channels = channels == null ? List.of() : List.copyOf(channels);
		tags = tags == null ? Set.of() : Set.copyOf(tags);
		stage = stage == null ? LifecycleStage.PROSPECT : stage;
		vipTier = vipTier == null ? VipTier.NONE : vipTier;
	}

	/** A person with one email and one mobile number; the rest left empty. */
	public static CustomerInput person(String givenName, String familyName, String company, String email,
			String mobile) {
		List<Channel> channels = new java.util.ArrayList<>();
		if (email != null && !email.isBlank()) {
			channels.add(new Channel(ChannelType.EMAIL, "", email, true));
		}
		if (mobile != null && !mobile.isBlank()) {
			channels.add(new Channel(ChannelType.MOBILE, "", mobile, true));
		}
		return new CustomerInput(CustomerKind.PERSON, null, givenName, familyName, null, company, null, null, null,
				null, null, null, null, null, LifecycleStage.PROSPECT, VipTier.NONE, true, null, channels, Set.of(),
				null, null, null, null, null);
	}
}
