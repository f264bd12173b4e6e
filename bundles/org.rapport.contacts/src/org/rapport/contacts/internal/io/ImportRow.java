package org.rapport.contacts.internal.io;

import java.util.List;
import java.util.Map;

import org.rapport.contacts.CustomerInput;
import org.rapport.platform.validation.FieldError;

/**
 * One customer read from a contact file, with what is wrong with it.
 *
 * @param line     1-based physical line of the file where the record starts (records may span lines), or the card's
 *                 number in a vCard file
 * @param input    the customer as read; null when the record could not be read at all
 * @param custom   custom field values by key, checked and normalised
 * @param errors   why the row is rejected; a structural error has the field {@code line}
 * @param warnings values kept as written (channels marked {@link Unverified}) or left out, for the warnings file
 */
public record ImportRow(long line, CustomerInput input, Map<String, String> custom, List<FieldError> errors,
		List<ImportWarning> warnings) {

	public ImportRow {
		custom = custom == null ? Map.of() : Map.copyOf(custom);
		errors = errors == null ? List.of() : List.copyOf(errors);
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	/** A row without custom values or warnings. */
	public ImportRow(long line, CustomerInput input, List<FieldError> errors) {
		this(line, input, Map.of(), errors, List.of());
	}

	/** Whether the row must not be imported. */
	public boolean rejected() {
		return input == null || !errors.isEmpty();
	}

	/**
	 * The customer without its unverified channels: what it is found and matched by, so that an address that is not
	 * one never becomes a search key or makes two people duplicates.
	 */
	public CustomerInput verified() {
		if (input.channels().stream().noneMatch(Unverified::is)) {
			return input;
		}
		CustomerInput in = input;
		return new CustomerInput(in.kind(), in.name(), in.givenName(), in.familyName(), in.accountId(), in.company(),
				in.jobTitle(), in.accountRole(), in.industry(), in.companySize(), in.region(), in.city(), in.country(),
				in.source(), in.stage(), in.vipTier(), in.active(), in.owner(),
				in.channels().stream().filter(c -> !Unverified.is(c)).toList(), in.tags(), in.creditLimit(),
				in.currency(), in.paymentTerms(), in.taxId(), in.billingAddress());
	}
}
