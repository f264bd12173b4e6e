package org.rapport.contacts.internal.io;

import static org.rapport.contacts.internal.io.CustomerField.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.contacts.internal.search.SearchKeys;

/**
 * The column headers we recognise: those of Google Contacts and Outlook exports, and the everyday names people
 * give columns in English, Chinese and Malay spreadsheets. Headers are compared by {@link #key(String)}, so
 * {@code E-mail}, {@code email} and {@code EMAIL} are the same.
 */
final class HeaderNames {

	/** Google's repeated columns: {@code Phone 2 - Value}, {@code E-mail 3 - Value}. */
	static final Pattern GOOGLE_PHONE = Pattern.compile("phone(\\d+)value");
	static final Pattern GOOGLE_EMAIL = Pattern.compile("email(\\d+)value");

	private static final Map<String, CustomerField> GOOGLE = table(
			GIVEN_NAME, "Given Name", "Additional Name", "First Name", "Middle Name",
			FAMILY_NAME, "Family Name", "Last Name",
			FULL_NAME, "Name",
			COMPANY, "Organization 1 - Name", "Organization Name",
			JOB_TITLE, "Organization 1 - Title", "Organization Title",
			CITY, "Address 1 - City", REGION, "Address 1 - Region", COUNTRY, "Address 1 - Country",
			TAGS, "Group Membership", "Labels",
			ADDRESS, "Address 1 - Formatted", WEBSITE, "Website 1 - Value");

	private static final Map<String, CustomerField> OUTLOOK = table(
			GIVEN_NAME, "First Name", "Middle Name", FAMILY_NAME, "Last Name",
			COMPANY, "Company", JOB_TITLE, "Job Title",
			// Business address first: the first filled column of a field wins, home is the fallback.
			CITY, "Business City", "Home City", "Other City",
			REGION, "Business State", "Home State",
			COUNTRY, "Business Country/Region", "Home Country/Region",
			WORK_PHONE, "Business Phone", "Business Phone 2", "Company Main Phone",
			PHONE, "Home Phone", "Home Phone 2", "Primary Phone", "Other Phone",
			MOBILE, "Mobile Phone",
			EMAIL, "E-mail Address", EMAIL_2, "E-mail 2 Address", "E-mail 3 Address",
			TAGS, "Categories",
			ADDRESS, "Business Street", "Home Street", WEBSITE, "Web Page");

	private static final Map<String, CustomerField> GENERIC = table(
			FULL_NAME, "name", "full name", "contact name", "姓名", "联系人", "聯絡人", "nama", "nama penuh",
			GIVEN_NAME, "first name", "given name", "名", "nama pertama",
			FAMILY_NAME, "last name", "family name", "surname", "姓", "nama keluarga",
			COMPANY, "company", "organisation", "organization", "公司", "syarikat",
			JOB_TITLE, "job title", "position", "职位", "職位", "jawatan",
			EMAIL, "email", "e-mail", "mail", "邮箱", "郵箱", "电子邮件", "電子郵件", "e-mel",
			MOBILE, "mobile", "cell phone", "手机", "手機", "telefon bimbit",
			PHONE, "phone", "telephone", "tel", "contact number", "contact no", "电话", "電話", "telefon",
			CITY, "city", "城市", "bandar",
			REGION, "state", "province", "region", "省", "州", "negeri",
			COUNTRY, "country", "国家", "國家", "negara",
			SOURCE, "source", "来源", "來源", "sumber",
			TAGS, "tags", "labels", "标签", "標籤",
			WORK_PHONE, "work phone", "office phone", "business phone", "telefon pejabat", "办公电话", "辦公電話",
			WHATSAPP, "whatsapp", WECHAT, "wechat", "weixin", "微信", LINE, "line id",
			WEBSITE, "website", "web site", "web page", "homepage", "url", "网站", "網站", "laman web",
			ADDRESS, "address", "street", "home address", "business address", "office address", "mailing address",
			"postal address", "alamat", "alamat rumah", "alamat pejabat", "地址", "住址");

	// Words around the field name that people add: "Email Address", "手机号码", "Nama Syarikat", "客户姓名".
	private static final Pattern EXTRA_SUFFIX = Pattern.compile("(address|number|no|name|号码|號碼|号|號|名称|名稱|地址)$");
	private static final Pattern EXTRA_PREFIX = Pattern.compile("^(nombor|no|alamat|nama|customer|contact|客户|客戶|联系人|聯絡人)");

	private HeaderNames() {
	}

	/** The comparison key of a header: lower case, no accents, letters and digits only. */
	static String key(String header) {
		return SearchKeys.fold(header == null ? "" : header.replace("\uFEFF", "")).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	static boolean containsAny(List<String> headers, String... names) {
		for (String header : headers) {
			for (String name : names) {
				if (key(header).equals(key(name))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The field of a Google Contacts column; phone values are PHONE until their type column says more. */
	static CustomerField google(String header) {
		String key = key(header);
		if (GOOGLE_PHONE.matcher(key).matches()) {
			return PHONE;
		}
		Matcher email = GOOGLE_EMAIL.matcher(key);
		if (email.matches()) {
			return "1".equals(email.group(1)) ? EMAIL : EMAIL_2;
		}
		return GOOGLE.getOrDefault(key, IGNORED);
	}

	static CustomerField outlook(String header) {
		return OUTLOOK.getOrDefault(key(header), IGNORED);
	}

	/** The field of a header named in everyday words, or IGNORED. */
	static CustomerField generic(String header) {
		String key = key(header);
		String withoutSuffix = EXTRA_SUFFIX.matcher(key).replaceFirst("");
		for (String candidate : List.of(key, withoutSuffix, EXTRA_PREFIX.matcher(key).replaceFirst(""),
				EXTRA_PREFIX.matcher(withoutSuffix).replaceFirst(""))) {
			CustomerField field = GENERIC.get(candidate);
			if (field != null && !candidate.isEmpty()) {
				return field;
			}
		}
		return IGNORED;
	}

	/** Field constants each followed by the header names that mean it. */
	private static Map<String, CustomerField> table(Object... entries) {
		Map<String, CustomerField> table = new HashMap<>();
		CustomerField field = null;
		for (Object entry : entries) {
			if (entry instanceof CustomerField f) {
				field = f;
			} else {
				table.put(key((String) entry), field);
			}
		}
		return Map.copyOf(table);
	}
}
