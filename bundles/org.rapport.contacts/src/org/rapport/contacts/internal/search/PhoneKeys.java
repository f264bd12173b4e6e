package org.rapport.contacts.internal.search;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers through libphonenumber: a number typed in local format ({@code 012-345 6789} in Malaysia) and
 * the same number in international format ({@code +60 12 345 6789}) give the same keys.
 *
 * @param national      national significant number digits ({@code 123456789})
 * @param international country code and national number ({@code 60123456789})
 * @param formatted     international format for display ({@code +60 12-345 6789})
 */
public record PhoneKeys(String national, String international, String formatted) {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/** The default region for numbers without a country code: system property rapport.contacts.region, or MY. */
	public static String defaultRegion() {
		return System.getProperty("rapport.contacts.region", "MY");
	}

	/** Keys of a valid number, or empty when the text is not a possible phone number in that region. */
	public static Optional<PhoneKeys> of(String text, String region) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(text, region);
			if (!UTIL.isPossibleNumber(number)) {
				return Optional.empty();
			}
			String national = String.valueOf(number.getNationalNumber());
			if (number.isItalianLeadingZero()) {
				national = "0".repeat(Math.max(1, number.getNumberOfLeadingZeros())) + national;
			}
			return Optional.of(new PhoneKeys(national, number.getCountryCode() + national,
					UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL)));
		} catch (NumberParseException e) {
			return Optional.empty();
		}
	}

	/** Typed digits as a national-number prefix: local trunk zeros dropped ({@code 0123} becomes {@code 123}). */
	public static String nationalPrefix(String digits) {
		String trimmed = digits.replaceFirst("^0+", "");
		return trimmed.isEmpty() ? digits : trimmed;
	}
}
