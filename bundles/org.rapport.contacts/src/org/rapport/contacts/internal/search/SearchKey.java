package org.rapport.contacts.internal.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One indexed column a typed filter is compared with, and the prefix it must start with.
 *
 * @param column the search-key column
 * @param prefix what the column must start with
 */
record SearchKey(String column, String prefix) {

	/** Typed % and _ are letters to the user, not wildcards. */
	String likePattern() {
		return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

	/** The keys for what the user typed, best first; empty when nothing was typed. */
	static List<SearchKey> forText(String text) {
		String folded = SearchKeys.fold(text);
		List<SearchKey> keys = new ArrayList<>();
		if (folded.isEmpty()) {
			return keys;
		}
		keys.add(new SearchKey("name_key", folded));
		keys.add(new SearchKey("name2_key", folded));
		String compact = folded.replace(" ", "");
		if (SearchKeys.hasHan(compact)) {
			keys.add(new SearchKey("pinyin_key", SearchKeys.pinyin(compact)));
		} else if (compact.chars().allMatch(Character::isLetter)) {
			keys.add(new SearchKey("pinyin_key", compact));
			keys.add(new SearchKey("initials_key", compact));
		}
		keys.add(new SearchKey("company_key", folded));
		keys.add(new SearchKey("email_key", folded));
		String digits = SearchKeys.typedDigits(text);
		if (digits != null) {
			keys.add(new SearchKey("phone_key", PhoneKeys.nationalPrefix(digits)));
			keys.add(new SearchKey("phone_intl_key", digits));
		}
		return keys;
	}
}
