package org.rapport.contacts.internal.io;

import java.util.List;
import java.util.Map;

import org.rapport.contacts.CustomerInput;
import org.rapport.platform.validation.FieldError;

/**
 * One customer read from a contact file, with what is wrong with it.
 *
 * @param line   1-based physical line of the file where the record starts (records may span lines)
 * @param input  the customer as read; null when the record could not be read at all
 * @param custom custom field values by key, checked and normalised
 * @param errors validation and structural errors; a structural error has the field {@code line}
 */
public record ImportRow(long line, CustomerInput input, Map<String, String> custom, List<FieldError> errors) {

	public ImportRow {
		custom = custom == null ? Map.of() : Map.copyOf(custom);
		errors = errors == null ? List.of() : List.copyOf(errors);
	}

	/** A row without custom values. */
	public ImportRow(long line, CustomerInput input, List<FieldError> errors) {
		this(line, input, Map.of(), errors);
	}

	/** Whether the row must not be imported. */
	public boolean rejected() {
		return input == null || !errors.isEmpty();
	}
}
