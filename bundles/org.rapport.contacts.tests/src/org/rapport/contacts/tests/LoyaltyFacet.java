package org.rapport.contacts.tests;

import java.util.Map;

import org.rapport.contacts.CustomerFacetProvider;

/** A vendor's facet: loyalty points kept in the vendor's own tables (here: computed from the id). */
public class LoyaltyFacet implements CustomerFacetProvider {

	@Override
	public Map<String, String> values(long customerId) {
		return Map.of("tier", "Gold", "points", String.valueOf(customerId * 10));
	}
}
