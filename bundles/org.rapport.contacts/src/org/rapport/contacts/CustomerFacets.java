package org.rapport.contacts;

import java.util.List;

/** The facets other modules contribute to customers (extension point {@code org.rapport.contacts.customerFacets}). */
public interface CustomerFacets {

	/** Extension point id. */
	String EXTENSION_POINT = "org.rapport.contacts.customerFacets";

	/** Every facet with its values for the customer; a facet whose provider fails is left out (and logged). */
	List<Facet> of(long customerId);
}
