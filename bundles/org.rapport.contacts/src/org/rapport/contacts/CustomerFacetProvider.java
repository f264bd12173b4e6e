package org.rapport.contacts;

import java.util.Map;

/**
 * Reads the values of one facet for one customer (extension point {@code org.rapport.contacts.customerFacets}).
 * Values are keyed as declared in the extension and written as text: numbers plain, dates ISO, money as
 * "1200.00 MYR". A customer without values gets an empty map.
 */
public interface CustomerFacetProvider {

	Map<String, String> values(long customerId) throws Exception;
}
