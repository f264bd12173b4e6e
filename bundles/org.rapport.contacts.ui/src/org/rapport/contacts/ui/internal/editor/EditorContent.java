package org.rapport.contacts.ui.internal.editor;

import java.util.List;
import java.util.Map;

import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerFacets;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.Facet;
import org.rapport.platform.security.FieldAccess;
import org.rapport.platform.security.FieldSecurity;

/** What the customer editor shows, read in the background before its form is built. */
record EditorContent(List<CustomField> fieldDefinitions, Customer customer, Map<String, String> customValues,
		List<Facet> facets, FieldAccess creditLimit, FieldAccess taxId) {

	static EditorContent read(long id, CustomerService customers, CustomFields fields, CustomerFacets facets,
			FieldSecurity security) {
		List<CustomField> definitions = fields.definitions();
		Customer customer = customers.find(id).orElse(null);
		Map<String, FieldAccess> access = security.access("contacts.customer");
		FieldAccess credit = access.getOrDefault("credit_limit", FieldAccess.EDIT);
		FieldAccess tax = access.getOrDefault("tax_id", FieldAccess.EDIT);
		if (customer == null) {
			return new EditorContent(definitions, null, Map.of(), List.of(), credit, tax);
		}
		return new EditorContent(definitions, customer, fields.values(id), facets.of(id), credit, tax);
	}
}
