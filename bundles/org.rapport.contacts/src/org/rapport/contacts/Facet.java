package org.rapport.contacts;

import java.util.List;

/**
 * The values of one contributed facet for one customer.
 *
 * @param id     facet id
 * @param label  translated title
 * @param values the declared values in declaration order
 */
public record Facet(String id, String label, List<FacetValue> values) {

	public Facet {
		values = List.copyOf(values);
	}
}
