package org.rapport.contacts.internal.io;

import org.rapport.contacts.Channel;

/**
 * The mark of a channel an import kept as written because it could not be understood (an email that is not an
 * address, a phone libphonenumber cannot read, a country that is no country we know). The channel model has no flag
 * for it, so the mark is its label: {@code unverified}, or {@code work, unverified}. The word is stored as Rapport
 * stores {@code work}, not translated. Exports write such a channel where it came from, so that it reads back the
 * same.
 */
public final class Unverified {

	/** The label's word. */
	public static final String WORD = "unverified";
	/** The label of a country kept as an address channel. */
	public static final String COUNTRY = "country";

	private static final String SUFFIX = ", " + WORD;

	private Unverified() {
	}

	/** The label of a channel kept as written. */
	public static String label(String label) {
		return label == null || label.isBlank() ? WORD : is(label) ? label : label + SUFFIX;
	}

	/** The label without the mark. */
	public static String plain(String label) {
		if (label == null || label.equals(WORD)) {
			return "";
		}
		return label.endsWith(SUFFIX) ? label.substring(0, label.length() - SUFFIX.length()) : label;
	}

	public static boolean is(String label) {
		return label != null && (label.equals(WORD) || label.endsWith(SUFFIX));
	}

	public static boolean is(Channel channel) {
		return is(channel.label());
	}

	/** Whether the channel is a country that was not understood, kept as an address. */
	public static boolean isCountry(Channel channel) {
		return channel.type() == org.rapport.contacts.ChannelType.ADDRESS && is(channel)
				&& COUNTRY.equals(plain(channel.label()));
	}
}
