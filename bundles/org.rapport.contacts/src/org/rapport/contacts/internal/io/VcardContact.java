package org.rapport.contacts.internal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.internal.io.WrittenContact.Written;

import ezvcard.VCard;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;

/**
 * What one vCard holds, and the properties Rapport adds to those of the standard so that its own export reads back
 * the same: custom fields as {@code X-RAPPORT-FIELD-<KEY>} (the key's underscores written as hyphens, which vCard
 * names allow where underscores are not), the source as {@code X-RAPPORT-SOURCE}, WeChat and LINE ids as
 * {@code X-RAPPORT-WECHAT} and {@code X-RAPPORT-LINE}, and a WhatsApp number as a mobile {@code TEL} with the parameter
 * {@code X-RAPPORT-CHANNEL=WHATSAPP} (other address books see a mobile number).
 */
final class VcardContact {

	static final String FIELD = "X-RAPPORT-FIELD-";
	static final String SOURCE = "X-RAPPORT-SOURCE";
	static final String WECHAT = "X-RAPPORT-WECHAT";
	static final String LINE = "X-RAPPORT-LINE";
	static final String CHANNEL = "X-RAPPORT-CHANNEL";

	/** Google's system groups are not the user's tags. */
	private static final Set<String> SYSTEM_GROUPS = Set.of("mycontacts", "starred");

	private VcardContact() {
	}

	/** The property name of a custom field. */
	static String property(CustomField field) {
		return FIELD + field.key().replace('_', '-').toUpperCase(Locale.ROOT);
	}

	/** @param fields the defined custom fields by key */
	static WrittenContact from(VCard card, Map<String, CustomField> fields) {
		WrittenContact contact = new WrittenContact();
		StructuredName n = card.getStructuredName();
		if (n != null) {
			contact.put(CustomerField.GIVEN_NAME, "N", n.getGiven());
			contact.put(CustomerField.FAMILY_NAME, "N", n.getFamily());
		}
		if (card.getFormattedName() != null) {
			contact.put(CustomerField.FULL_NAME, "FN", card.getFormattedName().getValue());
		}
		if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
			contact.put(CustomerField.COMPANY, "ORG", card.getOrganization().getValues().get(0));
		}
		contact.organisation = card.getKind() != null && card.getKind().isOrg();
		if (!card.getTitles().isEmpty()) {
			contact.put(CustomerField.JOB_TITLE, "TITLE", card.getTitles().get(0).getValue());
		}
		for (Email email : card.getEmails()) {
			contact.channel(ChannelType.EMAIL, "", email.getValue(), "EMAIL");
		}
		for (Telephone tel : card.getTelephoneNumbers()) {
			telephone(contact, tel);
		}
		addresses(contact, card.getAddresses());
		for (Url url : card.getUrls()) {
			contact.channel(ChannelType.WEBSITE, "", url.getValue(), "URL");
		}
		for (Categories categories : card.getCategoriesList()) {
			categories.getValues().stream().map(String::strip).filter(t -> !t.isEmpty())
					.filter(t -> !SYSTEM_GROUPS.contains(t.toLowerCase(Locale.ROOT)))
					.forEach(t -> contact.tags.add(new Written("CATEGORIES", t)));
		}
		for (RawProperty extended : card.getExtendedProperties()) {
			extended(contact, extended, fields);
		}
		return contact;
	}

	private static void telephone(WrittenContact contact, Telephone tel) {
		String number = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber();
		boolean mobile = tel.getTypes().contains(TelephoneType.CELL);
		boolean work = tel.getTypes().contains(TelephoneType.WORK);
		if ("WHATSAPP".equalsIgnoreCase(tel.getParameter(CHANNEL))) {
			contact.channel(ChannelType.WHATSAPP, "", number, "TEL");
		} else {
			ChannelType type = mobile ? ChannelType.MOBILE : ChannelType.PHONE;
			contact.channel(type, work && !mobile ? "work" : "", number, "TEL");
		}
	}

	/**
	 * The first address gives city, region and country; an address with more than those (a street, a postal code) is
	 * kept whole as an address channel too.
	 */
	private static void addresses(WrittenContact contact, List<Address> addresses) {
		for (int i = 0; i < addresses.size(); i++) {
			Address address = addresses.get(i);
			if (i == 0) {
				contact.put(CustomerField.CITY, "ADR", address.getLocality());
				contact.put(CustomerField.REGION, "ADR", address.getRegion());
				contact.put(CustomerField.COUNTRY, "ADR", address.getCountry());
			}
			if (blank(address.getStreetAddressFull()) && blank(address.getExtendedAddressFull())
					&& blank(address.getPoBox()) && blank(address.getPostalCode())) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			String place = (text(address.getPostalCode()) + " " + text(address.getLocality())).strip();
			for (String part : List.of(text(address.getPoBox()), text(address.getExtendedAddressFull()),
					text(address.getStreetAddressFull()), place, text(address.getRegion()), text(address.getCountry()))) {
				if (!part.isEmpty()) {
					parts.add(part);
				}
			}
			// Without a label, as a CSV file gives it: both read back the same.
			contact.channel(ChannelType.ADDRESS, "", String.join(", ", parts), "ADR");
		}
	}

	/**
	 * A value as an extended property holds it: ez-vcard writes those as they are, so backslashes, line breaks,
	 * commas and semicolons are escaped here, as vCard text is.
	 */
	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\', ';', ',' -> out.append('\\').append(c);
			case '\n' -> out.append("\\n");
			case '\r' -> {
				// CRLF is one line break
			}
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** The value of an extended property written by {@link #escape}. */
	static String unescape(String value) {
		if (value == null || value.indexOf('\\') < 0) {
			return value;
		}
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				out.append(next == 'n' || next == 'N' ? '\n' : next);
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static void extended(WrittenContact contact, RawProperty property, Map<String, CustomField> fields) {
		String name = property.getPropertyName().toUpperCase(Locale.ROOT);
		String value = unescape(property.getValue());
		if (name.equals(SOURCE)) {
			contact.put(CustomerField.SOURCE, property.getPropertyName(), value);
		} else if (name.equals(WECHAT)) {
			contact.channel(ChannelType.WECHAT, "", value, property.getPropertyName());
		} else if (name.equals(LINE)) {
			contact.channel(ChannelType.LINE, "", value, property.getPropertyName());
		} else if (name.startsWith(FIELD) && value != null && !value.isBlank()) {
			CustomField field = field(name.substring(FIELD.length()).replace('-', '_'), fields);
			if (field != null) {
				contact.custom(field, property.getPropertyName(), value);
			} else {
				contact.unknown.add(new Written(property.getPropertyName(), value.strip()));
			}
		}
	}

	/** The field of a key read from a property name, whose case vCard does not keep. */
	private static CustomField field(String key, Map<String, CustomField> fields) {
		CustomField exact = fields.get(key);
		if (exact != null) {
			return exact;
		}
		return fields.values().stream().filter(f -> f.key().equalsIgnoreCase(key)).findFirst().orElse(null);
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
