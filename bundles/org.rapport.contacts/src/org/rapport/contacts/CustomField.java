package org.rapport.contacts;

import java.util.List;

/**
 * A field an administrator added to every customer, without code.
 *
 * @param key     stable key (letters, digits, underscore), used in imports, exports and filters
 * @param label   label shown to users
 * @param type    what it holds
 * @param choices allowed values of a choice or multi-choice field; empty otherwise
 */
public record CustomField(String key, String label, FieldType type, List<String> choices) {

	public CustomField {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}
}
