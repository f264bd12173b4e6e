package org.rapport.contacts.internal.search;

import java.util.Optional;

import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;

/**
 * Everything a customer is found and sorted by, computed in one place for the service, imports and demo data.
 * Chinese names sort by their pinyin, so that a mixed list reads in one alphabetical order.
 */
public record CustomerKeys(String displayName, String sortKey, String nameKey, String name2Key, String pinyinKey,
		String initialsKey, String emailKey, String phoneKey, String phoneIntlKey, String companyKey,
		String primaryEmail, String primaryPhone) {

	private static final int MAX = 200;

	public static CustomerKeys of(CustomerInput input, String region) {
		String display = displayName(input);
		String nameKey = clip(SearchKeys.fold(display));
		String pinyin = SearchKeys.pinyin(display);
		String name2 = null;
		if (input.kind() == CustomerKind.PERSON && !SearchKeys.hasHan(display) && notBlank(input.familyName())
				&& notBlank(input.givenName())) {
			name2 = clip(SearchKeys.fold(input.familyName() + " " + input.givenName()));
		}
		String email = primary(input, ChannelType.EMAIL);
		String phone = primaryPhone(input);
		Optional<PhoneKeys> phoneKeys = PhoneKeys.of(phone, region);
		return new CustomerKeys(display, clip(pinyin != null ? pinyin : nameKey), nameKey, name2,
				pinyin == null ? null : clip(pinyin), SearchKeys.initials(display),
				email == null ? null : clip(SearchKeys.fold(email)), phoneKeys.map(PhoneKeys::national).orElse(null),
				phoneKeys.map(PhoneKeys::international).orElse(null),
				notBlank(input.company()) ? clip(SearchKeys.fold(input.company())) : null, email,
				phoneKeys.map(PhoneKeys::formatted).orElse(phone));
	}

	/** Persons: family name first for Chinese names (张三), given name first otherwise. */
	public static String displayName(CustomerInput input) {
		if (input.kind() == CustomerKind.ACCOUNT || !notBlank(input.givenName()) && !notBlank(input.familyName())) {
			return input.name() == null ? "" : input.name().trim();
		}
		String given = input.givenName() == null ? "" : input.givenName().trim();
		String family = input.familyName() == null ? "" : input.familyName().trim();
		if (SearchKeys.hasHan(family) || SearchKeys.hasHan(given)) {
			return family + given;
		}
		return (given + " " + family).trim();
	}

	private static String primary(CustomerInput input, ChannelType type) {
		return input.channels().stream().filter(c -> c.type() == type).sorted((a, b) -> Boolean.compare(b.primary(), a.primary()))
				.map(c -> c.value().trim()).findFirst().orElse(null);
	}

	private static String primaryPhone(CustomerInput input) {
		return input.channels().stream().filter(c -> c.type().isPhone())
				.sorted((a, b) -> Boolean.compare(b.primary(), a.primary())).map(c -> c.value().trim()).findFirst()
				.orElse(null);
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

	private static String clip(String s) {
		return s == null || s.length() <= MAX ? s : s.substring(0, MAX);
	}
}
