package org.rapport.contacts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.FieldType;
import org.rapport.platform.validation.FieldError;

/** Whether a value fits its custom field, for the editor, imports and the headless commands alike. */
public final class CustomFieldCheck {

	private CustomFieldCheck() {
	}

	/**
	 * Adds an error with the field key {@code custom.<key>} when the trimmed value does not fit; an empty value
	 * always fits (it clears the field).
	 */
	public static void check(CustomField field, String key, String value, List<FieldError> errors) {
		String at = "custom." + key;
		if (field == null) {
			errors.add(new FieldError(at, NLS.bind(Messages.Field_unknown, key)));
			return;
		}
		if (value.isEmpty()) {
			return;
		}
		switch (field.type()) {
		case NUMBER -> {
			try {
				new BigDecimal(value);
			} catch (NumberFormatException e) {
				errors.add(new FieldError(at, NLS.bind(Messages.Field_notNumber, value, field.label())));
			}
		}
		case DATE -> {
			try {
				LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				errors.add(new FieldError(at, NLS.bind(Messages.Field_notDate, value, field.label())));
			}
		}
		case BOOLEAN -> {
			if (!value.equals("true") && !value.equals("false")) {
				errors.add(new FieldError(at, NLS.bind(Messages.Field_notBoolean, value, field.label())));
			}
		}
		case CHOICE, MULTI_CHOICE -> {
			for (String one : field.type() == FieldType.CHOICE ? List.of(value) : Arrays.asList(value.split(";"))) {
				if (!field.choices().contains(one.trim())) {
					errors.add(new FieldError(at, NLS.bind(Messages.Field_notChoice,
							new Object[] { one.trim(), field.label(), String.join(", ", field.choices()) })));
				}
			}
		}
		default -> {
			if (value.length() > 2000) {
				errors.add(new FieldError(at, NLS.bind(Messages.Validation_tooLong, 2000)));
			}
		}
		}
	}

	/** A value as stored: trimmed; booleans as typed in a spreadsheet (yes, 1, ya) become true or false. */
	public static String normalise(CustomField field, String value) {
		String v = value == null ? "" : value.trim();
		if (field != null && field.type() == FieldType.BOOLEAN && !v.isEmpty()) {
			String lower = v.toLowerCase(java.util.Locale.ROOT);
			if (List.of("yes", "y", "1", "ya", "\u662f", "true").contains(lower)) {
				return "true";
			}
			if (List.of("no", "n", "0", "tidak", "\u5426", "false").contains(lower)) {
				return "false";
			}
		}
		if (field != null && field.type() == FieldType.MULTI_CHOICE) {
			return String.join(";", Arrays.stream(v.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList());
		}
		return v;
	}
}
