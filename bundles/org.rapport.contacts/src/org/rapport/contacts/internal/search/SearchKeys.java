package org.rapport.contacts.internal.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The normalised forms that search compares: lower case without accents ({@code zoe} finds Zoë), pinyin and
 * pinyin initials of Chinese names ({@code zhangs} and {@code zs} find 张三, also in traditional characters).
 */
public final class SearchKeys {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private SearchKeys() {
	}

	/** Lower case, accents removed, spaces collapsed: the key compared with what the user types. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
		// Letters that are not a base letter plus a mark do not decompose; fold them by hand.
		String plain = MARKS.matcher(decomposed).replaceAll("").replace('\u0131', 'i').replace("\u00df", "ss")
				.replace('\u00f8', 'o').replace('\u0142', 'l').replace('\u0111', 'd');
		return SPACES.matcher(plain).replaceAll(" ").trim();
	}

	/** Whether the text holds Chinese characters. */
	public static boolean hasHan(String text) {
		return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** Full pinyin without tones or spaces ({@code zhangsan}); null when the text has no Chinese character. */
	public static String pinyin(String text) {
		return hasHan(text) ? romanise(text, false) : null;
	}

	/** First letters of the pinyin syllables ({@code zs}); null when the text has no Chinese character. */
	public static String initials(String text) {
		return hasHan(text) ? romanise(text, true) : null;
	}

	private static String romanise(String text, boolean initialsOnly) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> {
			String syllable = syllable(c);
			if (syllable != null) {
				out.append(initialsOnly ? syllable.substring(0, 1) : syllable);
			} else if (Character.isLetterOrDigit(c)) {
				String folded = fold(new String(Character.toChars(c)));
				out.append(initialsOnly ? "" : folded);
			}
		});
		return out.toString();
	}

	/** The first reading of a Chinese character, or null for any other character. */
	private static String syllable(int codePoint) {
		if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN || codePoint > 0xFFFF) {
			return null;
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, FORMAT);
			return readings == null || readings.length == 0 ? null : readings[0];
		} catch (BadHanyuPinyinOutputFormatCombination e) {
			throw new IllegalStateException(e);
		}
	}

	/** The digits of a typed text, when it is meant as a phone number (three digits or more); otherwise null. */
	public static String typedDigits(String text) {
		String digits = text.replaceAll("[\\s\\-().+/]", "");
		if (digits.length() < 3 || !digits.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return digits;
	}
}
