package org.rapport.contacts.internal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.internal.search.SearchKeys;
import org.rapport.contacts.internal.io.WrittenContact.Written;
import org.rapport.contacts.internal.io.WrittenContact.WrittenChannel;
import org.rapport.platform.csv.CsvOutput;

/**
 * What one CSV record holds, by its columns' fields. Cells Rapport wrote with a formula guard ({@code '+60 12...})
 * are read without it.
 */
final class CsvContact {

	/** Google writes several values of one kind into one cell: {@code a@x.com ::: b@y.com}. */
	static final Pattern GOOGLE_VALUES = Pattern.compile("\\s*:::\\s*");
	/** How an export joins several values of one kind in one cell, read back by {@link #GOOGLE_VALUES}. */
	static final String VALUES = " ::: ";
	private static final Pattern TAG_SEPARATORS = Pattern.compile("\\s*[;,\uFF0C\uFF1B\u3001]\\s*");
	/** Google's system groups: every contact is in "My Contacts", "starred" is a flag, not a tag. */
	private static final Set<String> GOOGLE_SYSTEM_GROUPS = Set.of("* mycontacts", "* starred");

	private CsvContact() {
	}

	static WrittenContact from(List<String> cells, ColumnMapping mapping) {
		WrittenContact contact = new WrittenContact();
		// Emails first, then other emails, phones and the rest: the first of each type becomes the primary one.
		List<WrittenChannel> emails = new ArrayList<>();
		List<WrittenChannel> otherEmails = new ArrayList<>();
		List<WrittenChannel> phones = new ArrayList<>();
		List<WrittenChannel> others = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			String value = cells.get(i) == null ? "" : CsvOutput.cell(cells.get(i).strip()).strip();
			if (value.isEmpty()) {
				continue;
			}
			String where = i < mapping.headers().size() ? mapping.headers().get(i) : "#" + (i + 1);
			CustomerField field = mapping.field(i);
			switch (field) {
			case EMAIL -> add(emails, ChannelType.EMAIL, "", value, where);
			case EMAIL_2 -> add(otherEmails, ChannelType.EMAIL, "", value, where);
			case MOBILE -> add(phones, ChannelType.MOBILE, "", value, where);
			case WORK_PHONE -> add(phones, ChannelType.PHONE, "work", value, where);
			case PHONE -> phone(phones, value, cell(cells, mapping.phoneTypeColumn(i)), where);
			case WHATSAPP -> add(phones, ChannelType.WHATSAPP, "", value, where);
			case ADDRESS -> add(others, ChannelType.ADDRESS, "", value, where);
			case WEBSITE -> add(others, ChannelType.WEBSITE, "", value, where);
			case WECHAT -> add(others, ChannelType.WECHAT, "", value, where);
			case LINE -> add(others, ChannelType.LINE, "", value, where);
			case TAGS -> tags(value).forEach(t -> contact.tags.add(new Written(where, t)));
			case CUSTOM -> custom(contact, mapping.customField(i), where, value);
			case IGNORED -> {
				// nothing to keep
			}
			default -> contact.put(field, where, value);
			}
		}
		for (List<WrittenChannel> channels : List.of(emails, otherEmails, phones, others)) {
			contact.channels.addAll(channels);
		}
		return contact;
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

	private static void custom(WrittenContact contact, CustomField field, String where, String value) {
		if (field != null) {
			contact.custom(field, where, value);
		}
	}

	/** Google's phone type decides: "Mobile" (also "* Mobile", the starred one) or "Work"; anything else is a phone. */
	private static void phone(List<WrittenChannel> phones, String value, String type, String where) {
		String kind = SearchKeys.fold(type);
		if (kind.contains("mobile") || kind.contains("cell") || kind.contains("手机") || kind.contains("手機")
				|| kind.contains("bimbit")) {
			add(phones, ChannelType.MOBILE, "", value, where);
		} else if (kind.contains("work")) {
			add(phones, ChannelType.PHONE, "work", value, where);
		} else {
			add(phones, ChannelType.PHONE, "", value, where);
		}
	}

	private static void add(List<WrittenChannel> channels, ChannelType type, String label, String cell, String where) {
		for (String value : GOOGLE_VALUES.split(cell)) {
			if (!value.isBlank()) {
				channels.add(new WrittenChannel(type, label, value.strip(), where));
			}
		}
	}

	private static String cell(List<String> values, int column) {
		return column >= 0 && column < values.size() && values.get(column) != null ? values.get(column) : "";
	}
}
