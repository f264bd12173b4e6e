package org.rapport.contacts.ui.internal.editor;

import java.util.List;
import java.util.Map;

import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerFacets;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.Facet;

/** What the customer editor shows, read in the background before its form is built. */
record EditorContent(List<CustomField> fieldDefinitions, Customer customer, Map<String, String> customValues,
		List<Facet> facets) {

	static EditorContent read(long id, CustomerService customers, CustomFields fields, CustomerFacets facets) {
		List<CustomField> definitions = fields.definitions();
		Customer customer = customers.find(id).orElse(null);
		if (customer == null) {
			return new EditorContent(definitions, null, Map.of(), List.of());
		}
		return new EditorContent(definitions, customer, fields.values(id), facets.of(id));
	}
}
