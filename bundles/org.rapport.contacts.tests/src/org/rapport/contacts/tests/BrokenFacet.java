package org.rapport.contacts.tests;

import java.util.Map;

import org.rapport.contacts.CustomerFacetProvider;

/** A facet whose module has lost its database table. */
public class BrokenFacet implements CustomerFacetProvider {

	@Override
	public Map<String, String> values(long customerId) {
		throw new IllegalStateException("table hotel_loyalty does not exist");
	}
}
