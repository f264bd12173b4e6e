package org.rapport.contacts.internal.io;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.contacts.internal.search.SearchKeys;

/**
 * Country names as address books write them turned into the two-letter codes customers are stored with: every ISO
 * country by its name in English, Malay and both Chinese scripts ({@code United States}, {@code Amerika Syarikat},
 * {@code 美国}, {@code 美國}), by its two- and three-letter codes, and the names people use that the locale data does
 * not have ({@code U.S.A.}, {@code UK}, {@code Holland}). Names are compared without case, accents, dots, brackets
 * and a leading or trailing "the".
 */
public final class CountryNames {

	private static final Locale[] LANGUAGES = { Locale.ENGLISH, Locale.forLanguageTag("ms"), Locale.SIMPLIFIED_CHINESE,
			Locale.TRADITIONAL_CHINESE };

	/** What people write that the locale data does not have, each followed by its code. */
	private static final String[] ALIASES = {
			"usa", "US", "us", "US", "united states of america", "US", "america", "US", "amerika", "US",
			"美利坚合众国", "US", "美利堅合眾國", "US", "uk", "GB", "britain", "GB", "great britain", "GB", "england", "GB",
			"scotland", "GB", "wales", "GB", "northern ireland", "GB",
			"united kingdom of great britain and northern ireland", "GB", "holland", "NL", "the netherlands", "NL",
			"korea", "KR", "republic of korea", "KR", "korea republic of", "KR", "south korea", "KR", "dprk", "KP",
			"russian federation", "RU", "viet nam", "VN", "czech republic", "CZ", "burma", "MM", "ivory coast", "CI",
			"cote divoire", "CI", "turkiye", "TR", "uae", "AE", "emiriah arab bersatu", "AE", "hong kong sar", "HK",
			"hongkong", "HK", "香港特别行政区", "HK", "香港特別行政區", "HK", "macao", "MO", "macau", "MO", "macau sar", "MO",
			"澳门特别行政区", "MO", "澳門特別行政區", "MO", "prc", "CN", "mainland china", "CN", "peoples republic of china", "CN",
			"中华人民共和国", "CN", "中華人民共和國", "CN", "中国大陆", "CN", "中國大陸", "CN", "臺灣", "TW", "台湾省", "TW",
			"republic of china", "TW", "中华民国", "TW", "中華民國", "TW", "brunei darussalam", "BN",
			"negara brunei darussalam", "BN", "lao pdr", "LA", "laos", "LA", "east timor", "TL", "timor leste", "TL",
			"cape verde", "CV", "swaziland", "SZ", "vatican", "VA", "holy see", "VA", "palestine", "PS",
			"syria", "SY", "iran", "IR", "persia", "IR", "tanah melayu", "MY", "malaya", "MY", "大马", "MY",
			"大馬", "MY", "星加坡", "SG", "狮城", "SG", "獅城", "SG" };

	private static final Pattern DROPPED = Pattern.compile("[.'\u2019\u00b4`]");
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Pattern BRACKETS = Pattern.compile("\\s*[(\uff08][^)\uff09]*[)\uff09]\\s*");
	private static final Pattern INSIDE_BRACKETS = Pattern.compile("[(\uff08]([^)\uff09]*)[)\uff09]");

	private static final Map<String, String> CODES = codes();
	/** Texts looked up already, and their code ("" for none). */
	private static final Map<String, String> SEEN = new ConcurrentHashMap<>();
	private static final int SEEN_MOST = 10_000;

	private CountryNames() {
	}

	/** The ISO code of a country name or code, or null for a text that names no country we know (or none). */
	public static String code(String country) {
		if (country == null || country.isBlank()) {
			return null;
		}
		// A file names a few countries many times: each is looked up once.
		String known = SEEN.get(country);
		if (known != null) {
			return known.isEmpty() ? null : known;
		}
		String code = CODES.get(key(country));
		if (code == null) {
			code = CODES.get(key(BRACKETS.matcher(country).replaceAll(" ")));
		}
		if (SEEN.size() < SEEN_MOST) {
			SEEN.put(country, code == null ? "" : code);
		}
		return code;
	}

	/** The ISO code of a country, or the text unchanged when it names no country we know: a strict import's view. */
	static String codeOrText(String country) {
		String code = code(country);
		return code != null || country == null ? code : country.strip();
	}

	/** The comparison key: lower case, no accents, no dots or apostrophes, words separated by one space, no "the". */
	static String key(String name) {
		String folded = DROPPED.matcher(SearchKeys.fold(name)).replaceAll("");
		String words = SEPARATORS.matcher(folded).replaceAll(" ").strip();
		if (words.startsWith("the ")) {
			words = words.substring(4);
		}
		return words.endsWith(" the") ? words.substring(0, words.length() - 4) : words;
	}

	private static Map<String, String> codes() {
		Map<String, String> codes = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			codes.put(key(code), code);
			try {
				codes.put(key(country.getISO3Country()), code);
			} catch (MissingResourceException e) {
				// no three-letter code; the names still work
			}
			for (Locale language : LANGUAGES) {
				String name = country.getDisplayCountry(language);
				codes.putIfAbsent(key(name), code);
				// "Myanmar (Burma)": also without, and by, what the brackets hold.
				codes.putIfAbsent(key(BRACKETS.matcher(name).replaceAll(" ")), code);
				Matcher inside = INSIDE_BRACKETS.matcher(name);
				if (inside.find()) {
					codes.putIfAbsent(key(inside.group(1)), code);
				}
				// "Hong Kong SAR China": also "Hong Kong".
				int sar = name.indexOf(" SAR");
				if (sar > 0) {
					codes.putIfAbsent(key(name.substring(0, sar)), code);
				}
			}
		}
		for (int i = 0; i < ALIASES.length; i += 2) {
			codes.put(key(ALIASES[i]), ALIASES[i + 1]);
		}
		codes.remove("");
		return Map.copyOf(codes);
	}
}
