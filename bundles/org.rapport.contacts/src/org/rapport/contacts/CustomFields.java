package org.rapport.contacts;

import java.util.List;
import java.util.Map;

/**
 * Custom fields of customers: administrators define them, everyone fills them in. Values are validated by
 * type; errors carry the field key {@code custom.<key>}.
 */
public interface CustomFields {

	/** The defined fields in the order they were added. */
	List<CustomField> definitions();

	/** Adds a field (administrators only). */
	CustomField define(CustomField field);

	/** A customer's values by field key; fields without a value are absent. */
	Map<String, String> values(long customerId);

	/** Replaces a customer's values; an empty value removes it. Validated first, nothing is written on error. */
	void setValues(long customerId, Map<String, String> values);
}
