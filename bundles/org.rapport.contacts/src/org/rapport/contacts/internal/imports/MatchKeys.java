package org.rapport.contacts.internal.imports;

import org.rapport.contacts.internal.search.CustomerKeys;

/**
 * What makes an imported row the same customer as another: its primary email, or its primary phone unless that has
 * an extension ({@code x123}): colleagues behind one switchboard share the number, so it tells them apart only with
 * the extension, which no key holds.
 *
 * @param email the folded email, or null
 * @param phone the international phone key, or null
 */
record MatchKeys(String email, String phone) {

	/** How libphonenumber writes an extension in the international format. */
	static final String EXTENSION = " ext. ";

	static MatchKeys of(CustomerKeys keys) {
		return new MatchKeys(keys.emailKey(), hasExtension(keys.primaryPhone()) ? null : keys.phoneIntlKey());
	}

	/**
	 * Whether a primary phone as {@link CustomerKeys} keeps it has an extension ({@code x123}, {@code ext. 45}):
	 * libphonenumber formats those as {@code +60 3-2161 8800 ext. 45}, as the database holds them too.
	 */
	static boolean hasExtension(String formatted) {
		return formatted != null && formatted.contains(EXTENSION);
	}

	boolean isEmpty() {
		return email == null && phone == null;
	}
}
