package org.rapport.contacts.internal.io;

import static org.rapport.contacts.internal.io.CustomerField.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.internal.CustomFieldCheck;
import org.rapport.platform.validation.FieldError;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.internal.search.SearchKeys;

/**
 * Makes the customer one record of a contact file describes: a person when it has a name, otherwise the
 * account named by its company. Imported customers start as active prospects without owner.
 */
final class ImportedCustomer {

	static final String SOURCE = "import";

	/** Google writes several values of one kind into one cell: {@code a@x.com ::: b@y.com}. */
	private static final Pattern GOOGLE_VALUES = Pattern.compile("\\s*:::\\s*");
	private static final Pattern TAG_SEPARATORS = Pattern.compile("\\s*[;,\uFF0C\uFF1B\u3001]\\s*");
	/** Google's system groups: every contact is in "My Contacts", "starred" is a flag, not a tag. */
	private static final Set<String> GOOGLE_SYSTEM_GROUPS = Set.of("* mycontacts", "* starred");
	/** Malay and Malaysian Indian names: "Ahmad bin Ismail" has no family name to split off. */
	private static final Pattern PATRONYMIC = Pattern.compile("(?i).*\\s(bin|binti|bt|a/l|a/p|s/o|d/o)\\s.*");
	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官",
			"东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "令狐", "夏侯", "长孙", "長孫", "宇文", "司徒", "端木");

	private ImportedCustomer() {
	}

	/** The custom field values of a record, normalised; values that do not fit their field add an error. */
	static Map<String, String> custom(List<String> values, ColumnMapping mapping, List<FieldError> errors) {
		Map<String, String> custom = new LinkedHashMap<>();
		for (int i = 0; i < values.size(); i++) {
			CustomField field = mapping.customField(i);
			String value = values.get(i) == null ? "" : values.get(i).strip();
			if (field != null && !value.isEmpty() && !custom.containsKey(field.key())) {
				String stored = CustomFieldCheck.normalise(field, value);
				CustomFieldCheck.check(field, field.key(), stored, errors);
				custom.put(field.key(), stored);
			}
		}
		return custom;
	}

	static CustomerInput from(List<String> values, ColumnMapping mapping) {
		Map<CustomerField, String> text = new EnumMap<>(CustomerField.class);
		List<Channel> emails = new ArrayList<>();
		List<Channel> otherEmails = new ArrayList<>();
		List<Channel> phones = new ArrayList<>();
		Set<String> tags = new LinkedHashSet<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i) == null ? "" : values.get(i).strip();
			if (value.isEmpty()) {
				continue;
			}
			CustomerField field = mapping.field(i);
			switch (field) {
			case GIVEN_NAME, FAMILY_NAME, FULL_NAME -> text.merge(field, value, (a, b) -> a + " " + b);
			case EMAIL -> add(emails, ChannelType.EMAIL, "", value);
			case EMAIL_2 -> add(otherEmails, ChannelType.EMAIL, "", value);
			case MOBILE -> add(phones, ChannelType.MOBILE, "", value);
			case WORK_PHONE -> add(phones, ChannelType.PHONE, "work", value);
			case PHONE -> phone(phones, value, cell(values, mapping.phoneTypeColumn(i)));
			case TAGS -> tags.addAll(tags(value));
			case IGNORED, CUSTOM -> {
				// nothing to keep
			}
			default -> text.putIfAbsent(field, value);
			}
		}
		List<Channel> channels = new ArrayList<>(emails);
		channels.addAll(otherEmails);
		channels.addAll(phones);
		String[] name = personName(text.get(GIVEN_NAME), text.get(FAMILY_NAME), text.get(FULL_NAME));
		String company = text.get(COMPANY);
		// A row without any name becomes a person too, so that validation asks for a name, not a company.
		boolean account = name[0] == null && name[1] == null && company != null;
		return new CustomerInput(account ? CustomerKind.ACCOUNT : CustomerKind.PERSON, account ? company : null,
				name[0], name[1], null, account ? null : company, account ? null : text.get(JOB_TITLE), null, null,
				null, text.get(REGION), text.get(CITY), CountryNames.code(text.get(COUNTRY)),
				text.getOrDefault(SOURCE, ImportedCustomer.SOURCE), LifecycleStage.PROSPECT, VipTier.NONE, true, null,
				primaries(channels), tags, null, null, null, null, null);
	}

	/**
	 * Given and family name; a full name alone is split: Chinese names after the (one or two character)
	 * surname, other names at the last space.
	 */
	static String[] personName(String given, String family, String full) {
		if (given != null || family != null || full == null) {
			return new String[] { given, family };
		}
		if (SearchKeys.hasHan(full)) {
			String compact = full.replaceAll("\\s+", "");
			int surname = COMPOUND_SURNAMES.stream().anyMatch(s -> compact.startsWith(s) && compact.length() > 2) ? 2
					: compact.offsetByCodePoints(0, 1);
			return new String[] { emptyToNull(compact.substring(surname)), compact.substring(0, surname) };
		}
		int space = full.lastIndexOf(' ');
		if (space < 0 || PATRONYMIC.matcher(full).matches()) {
			return new String[] { full, null };
		}
		return new String[] { full.substring(0, space).strip(), full.substring(space + 1) };
	}

	/** Tags of one cell: Google labels ({@code * myContacts ::: VIP}), Outlook categories ({@code A;B}), lists. */
	static List<String> tags(String cell) {
		List<String> tags = new ArrayList<>();
		Pattern separator = cell.contains(":::") ? GOOGLE_VALUES : TAG_SEPARATORS;
		for (String tag : separator.split(cell.strip())) {
			String label = tag.strip();
			if (label.isEmpty() || GOOGLE_SYSTEM_GROUPS.contains(SearchKeys.fold(label))) {
				continue;
			}
			// Other system groups ("* Friends", "* Coworkers") are kept under their plain name.
			tags.add(label.startsWith("* ") ? label.substring(2).strip() : label);
		}
		return tags;
	}

	/** Google's phone type decides: "Mobile" (also "* Mobile", the starred one) or "Work"; anything else is a phone. */
	private static void phone(List<Channel> phones, String value, String type) {
		String kind = SearchKeys.fold(type);
		if (kind.contains("mobile") || kind.contains("cell") || kind.contains("手机") || kind.contains("手機")
				|| kind.contains("bimbit")) {
			add(phones, ChannelType.MOBILE, "", value);
		} else if (kind.contains("work")) {
			add(phones, ChannelType.PHONE, "work", value);
		} else {
			add(phones, ChannelType.PHONE, "", value);
		}
	}

	private static void add(List<Channel> channels, ChannelType type, String label, String cell) {
		for (String value : GOOGLE_VALUES.split(cell)) {
			if (!value.isBlank()) {
				channels.add(new Channel(type, label, value.strip(), false));
			}
		}
	}

	/** The same channels, the first of each type marked primary. */
	private static List<Channel> primaries(List<Channel> channels) {
		Set<ChannelType> seen = EnumSet.noneOf(ChannelType.class);
		List<Channel> marked = new ArrayList<>();
		for (Channel c : channels) {
			marked.add(new Channel(c.type(), c.label(), c.value(), seen.add(c.type())));
		}
		return marked;
	}

	private static String cell(List<String> values, int column) {
		return column >= 0 && column < values.size() && values.get(column) != null ? values.get(column) : "";
	}

	private static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
