package org.rapport.contacts.internal.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomField;

/**
 * A contact as a file wrote it, before anything is checked: what a CSV row ({@link CsvContact}) or a vCard
 * ({@link VcardContact}) holds, each value with where the file has it, so that {@link ImportedCustomer} can name the
 * column or property of a value it did not understand.
 */
final class WrittenContact {

	/** A value and where the file has it: a column header, a vCard property. */
	record Written(String where, String text) {
	}

	/** A way to reach the contact as written. */
	record WrittenChannel(ChannelType type, String label, String value, String where) {
	}

	/** A custom field's value as written. */
	record CustomValue(CustomField field, Written value) {
	}

	/** Names, company, job title, city, region, country, source: name parts joined, otherwise the first written. */
	final Map<CustomerField, Written> text = new EnumMap<>(CustomerField.class);
	final List<WrittenChannel> channels = new ArrayList<>();
	final List<Written> tags = new ArrayList<>();
	/** By custom field key: the first value written for each. */
	final Map<String, CustomValue> custom = new LinkedHashMap<>();
	/** Values of custom fields that are not defined (vCard properties of another Rapport installation). */
	final List<Written> unknown = new ArrayList<>();
	/** Whether the file says it is an organisation (vCard {@code KIND:org}). */
	boolean organisation;

	/** Adds a name part (joined with the earlier ones) or a value (kept when the field has none yet). */
	void put(CustomerField field, String where, String value) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty()) {
			return;
		}
		boolean namePart = field == CustomerField.GIVEN_NAME || field == CustomerField.FAMILY_NAME
				|| field == CustomerField.FULL_NAME;
		if (namePart) {
			text.merge(field, new Written(where, v), (a, b) -> new Written(a.where(), a.text() + " " + b.text()));
		} else {
			text.putIfAbsent(field, new Written(where, v));
		}
	}

	void channel(ChannelType type, String label, String value, String where) {
		if (value != null && !value.isBlank()) {
			channels.add(new WrittenChannel(type, label == null ? "" : label, value.strip(), where));
		}
	}

	void custom(CustomField field, String where, String value) {
		if (value != null && !value.isBlank()) {
			custom.putIfAbsent(field.key(), new CustomValue(field, new Written(where, value.strip())));
		}
	}

	/** The text of a field, or null. */
	String get(CustomerField field) {
		Written w = text.get(field);
		return w == null ? null : w.text();
	}

	/** Where the file has a field, or the field's name. */
	String where(CustomerField field) {
		Written w = text.get(field);
		return w == null ? field.name() : w.where();
	}
}
