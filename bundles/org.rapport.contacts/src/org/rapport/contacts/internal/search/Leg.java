package org.rapport.contacts.internal.search;

import java.util.List;

/**
 * One part of a list page's query: the rows it selects and the indexed column it reads them in, with the id
 * after it. A list is the concatenation of its legs (best matches first, or customers with a value before
 * those without), each paged by keyset on (column, id).
 *
 * @param from   the tables, joined
 * @param where  the condition, with ? for params
 * @param params the condition's values
 * @param column the ordering column
 * @param id     the customer id column of the ordering index
 */
record Leg(String from, String where, List<Object> params, String column, String id) {

	static final String CUSTOMERS = "contacts_customer";

	Leg {
		params = List.copyOf(params);
	}

	static Leg of(String where, String column, Object... params) {
		return new Leg(CUSTOMERS, where, List.of(params), column, "id");
	}
}
