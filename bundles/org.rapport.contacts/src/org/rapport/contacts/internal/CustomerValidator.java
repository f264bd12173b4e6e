package org.rapport.contacts.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.internal.search.PhoneKeys;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** Checks a customer before anything is saved; one error per field at fault, keyed as forms and imports name them. */
public final class CustomerValidator {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

	private CustomerValidator() {
	}

	public static void check(CustomerInput input, String region) {
		List<FieldError> errors = new ArrayList<>();
		if (input.kind() == CustomerKind.ACCOUNT ? blank(input.name())
				: blank(input.givenName()) && blank(input.familyName()) && blank(input.name())) {
			errors.add(new FieldError(input.kind() == CustomerKind.ACCOUNT ? "name" : "givenName",
					input.kind() == CustomerKind.ACCOUNT ? Messages.Validation_accountName : Messages.Validation_personName));
		}
		length(errors, "name", input.name(), 200);
		length(errors, "givenName", input.givenName(), 100);
		length(errors, "familyName", input.familyName(), 100);
		length(errors, "company", input.company(), 200);
		length(errors, "city", input.city(), 80);
		for (int i = 0; i < input.channels().size(); i++) {
			channel(errors, "channels[" + i + "].value", input.channels().get(i), region);
		}
		if (input.creditLimit() != null && input.creditLimit().signum() < 0) {
			errors.add(new FieldError("creditLimit", Messages.Validation_negativeCredit));
		}
		if (!blank(input.currency())) {
			try {
				Currency.getInstance(input.currency().trim());
			} catch (IllegalArgumentException e) {
				errors.add(new FieldError("currency", NLS.bind(Messages.Validation_currency, input.currency())));
			}
		}
		if (!blank(input.country()) && !input.country().trim().matches("[A-Za-z]{2}")) {
			errors.add(new FieldError("country", NLS.bind(Messages.Validation_country, input.country())));
		}
		for (String tag : input.tags()) {
			if (blank(tag) || tag.length() > 60) {
				errors.add(new FieldError("tags", NLS.bind(Messages.Validation_tag, tag)));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	private static void channel(List<FieldError> errors, String field, Channel channel, String region) {
		String value = channel.value() == null ? "" : channel.value().trim();
		if (value.isEmpty()) {
			errors.add(new FieldError(field, Messages.Validation_emptyChannel));
		} else if (channel.type() == ChannelType.EMAIL && !EMAIL.matcher(value).matches()) {
			errors.add(new FieldError(field, NLS.bind(Messages.Validation_email, value)));
		} else if (channel.type().isPhone() && PhoneKeys.of(value, region).isEmpty()) {
			errors.add(new FieldError(field, NLS.bind(Messages.Validation_phone, value, region)));
		} else if (value.length() > 400) {
			errors.add(new FieldError(field, NLS.bind(Messages.Validation_tooLong, 400)));
		}
	}

	private static void length(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.trim().length() > max) {
			errors.add(new FieldError(field, NLS.bind(Messages.Validation_tooLong, max)));
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** Validates without throwing: the errors, empty when the input is fine (for imports that reject rows). */
	public static List<FieldError> errors(CustomerInput input, String region) {
		try {
			check(input, region);
			return List.of();
		} catch (ValidationException e) {
			return e.errors();
		}
	}
}
