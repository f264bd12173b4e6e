package org.rapport.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Custom fields of customers: administrators define them, everyone fills them in. Values are validated by
 * type; errors carry the field key {@code custom.<key>}. In the customer list's filter, {@code key:value}
 * finds the customers whose field starts with the value (case and accents ignored).
 */
public interface CustomFields {

	/**
	 * Entity name of custom field events: {@code org/rapport/contacts/field/<CREATED|UPDATED|DELETED>}, with the
	 * field key as id, posted when an administrator changes the fields.
	 */
	String ENTITY = "field";

	/** The defined fields in the order they were added. */
	List<CustomField> definitions();

	/** Adds a field (administrators only). */
	CustomField define(CustomField field);

	/**
	 * Changes a field's label and choices (administrators only); its key and type stay. A choice some customer
	 * still holds cannot be taken away.
	 */
	CustomField update(CustomField field);

	/** Removes a field and every customer's value of it (administrators only). */
	void remove(String key);

	/** How many customers have a value for the field. */
	int usage(String key);

	/** A customer's values by field key; fields without a value are absent. */
	Map<String, String> values(long customerId);

	/** The values of several customers (a page of a list), by customer id; customers without values are absent. */
	Map<Long, Map<String, String>> values(Collection<Long> customerIds);

	/** Replaces a customer's values; an empty value removes it. Validated first, nothing is written on error. */
	void setValues(long customerId, Map<String, String> values);
}
