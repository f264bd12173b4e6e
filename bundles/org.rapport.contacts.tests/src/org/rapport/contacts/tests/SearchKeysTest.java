package org.rapport.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.contacts.internal.search.PhoneKeys;
import org.rapport.contacts.internal.search.SearchKeys;

class SearchKeysTest {

	@ParameterizedTest
	@CsvSource({ "Zoë Smith,zoe smith", "  CHLOÉ   Dubois ,chloe dubois", "Siti Nurhaliza binti Tarudin,siti nurhaliza binti tarudin",
			"Łukasz Straße,lukasz strasse", "张三,张三" })
	void foldingIgnoresCaseAccentsAndExtraSpaces(String name, String key) {
		assertEquals(key, SearchKeys.fold(name));
	}

	@ParameterizedTest
	@CsvSource({ "张三,zhangsan,zs", "陳大文,chendawen,cdw", "王小明,wangxiaoming,wxm", "李娜,lina,ln" })
	void chineseNamesGetPinyinAndInitialsInSimplifiedAndTraditionalCharacters(String name, String pinyin,
			String initials) {
		assertEquals(pinyin, SearchKeys.pinyin(name));
		assertEquals(initials, SearchKeys.initials(name));
	}

	@Test
	void namesWithoutChineseCharactersHaveNoPinyin() {
		assertNull(SearchKeys.pinyin("Rajesh Kumar"));
	}

	@Test
	void aLocalAndAnInternationalNumberGiveTheSameKeys() {
		PhoneKeys local = PhoneKeys.of("012-345 6789", "MY").orElseThrow();
		PhoneKeys international = PhoneKeys.of("+60 12 345 6789", "MY").orElseThrow();
		assertEquals("123456789", local.national());
		assertEquals("60123456789", local.international());
		assertEquals(local, international);
		assertEquals("+60 12-345 6789", local.formatted());
		assertEquals("13812345678", PhoneKeys.of("+86 138 1234 5678", "MY").orElseThrow().national());
	}

	@Test
	void textThatIsNoPhoneNumberIsRecognised() {
		assertTrue(PhoneKeys.of("call me", "MY").isEmpty());
		assertTrue(PhoneKeys.of("12", "MY").isEmpty());
	}
}
