package org.rapport.contacts.internal.io;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

import org.rapport.contacts.internal.search.SearchKeys;

/**
 * Country names as address books write them ("Malaysia", "中国", "台灣", "USA") turned into the two-letter codes
 * customers are stored with.
 */
final class CountryNames {

	private static final Locale[] LANGUAGES = { Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE,
			Locale.forLanguageTag("ms") };

	private static final Map<String, String> CODES = codes();

	private CountryNames() {
	}

	/** The ISO code of a country name or code; the text unchanged when it names no country we know. */
	static String code(String country) {
		if (country == null || country.isBlank()) {
			return null;
		}
		return CODES.getOrDefault(SearchKeys.fold(country), country.strip());
	}

	private static Map<String, String> codes() {
		Map<String, String> codes = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			codes.put(code.toLowerCase(Locale.ROOT), code);
			try {
				codes.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
			} catch (MissingResourceException e) {
				// no three-letter code; the name still works
			}
			for (Locale language : LANGUAGES) {
				codes.putIfAbsent(SearchKeys.fold(country.getDisplayCountry(language)), code);
			}
		}
		// What people write that the locale data does not have.
		codes.put("uk", "GB");
		codes.put("great britain", "GB");
		codes.put("england", "GB");
		codes.put("united states of america", "US");
		codes.put("america", "US");
		codes.put("臺灣", "TW");
		codes.put("中华人民共和国", "CN");
		codes.put("中華人民共和國", "CN");
		codes.put("hong kong sar", "HK");
		codes.put("香港特别行政区", "HK");
		return Map.copyOf(codes);
	}
}
