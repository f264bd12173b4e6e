package org.rapport.contacts.internal.io;

import static org.rapport.contacts.internal.io.CustomerField.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.internal.CustomFieldCheck;
import org.rapport.contacts.internal.CustomerValidator;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.io.WrittenContact.CustomValue;
import org.rapport.contacts.internal.io.WrittenContact.Written;
import org.rapport.contacts.internal.search.SearchKeys;
import org.rapport.platform.validation.FieldError;

/**
 * Makes the customer a contact of a file describes: an account when it names only a company, otherwise a person.
 * Imported customers start as active prospects without owner.
 * <p>
 * Everything the file gives is kept: a contact with a name, company, email or phone is imported (without a name it is
 * named after its email's local part, else its phone), a value that is not understood is kept as written (a channel
 * marked {@link Unverified}; a country that is none we know, as an address) and a value longer than its column is cut;
 * each of these gets a warning. Only a contact with none of those four, or a value its custom field's type forbids,
 * is rejected. A strict import rejects, as before, any contact with a value that is not valid.
 */
final class ImportedCustomer {

	static final String SOURCE = "import";

	// Column lengths of contacts_customer and contacts_customer_tag.
	private static final int NAME = 200;
	private static final int PART = 100;
	private static final int TITLE_LENGTH = 100;
	private static final int CITY_LENGTH = 80;
	private static final int REGION_LENGTH = 60;
	private static final int SOURCE_LENGTH = 40;
	private static final int TAG = 60;

	/** Malay and Malaysian Indian names: "Ahmad bin Ismail" has no family name to split off. */
	private static final Pattern PATRONYMIC = Pattern.compile("(?i).*\\s(bin|binti|bt|a/l|a/p|s/o|d/o)\\s.*");
	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官",
			"东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "令狐", "夏侯", "长孙", "長孫", "宇文", "司徒", "端木");

	/** What names a person without a name, first first. */
	private static final List<ChannelType> NAMING = List.of(ChannelType.EMAIL, ChannelType.MOBILE, ChannelType.PHONE,
			ChannelType.WHATSAPP);

	private final WrittenContact written;
	private final long line;
	private final String region;
	private final List<FieldError> errors = new ArrayList<>();
	private final List<ImportWarning> warnings = new ArrayList<>();

	private ImportedCustomer(WrittenContact written, long line, String region) {
		this.written = written;
		this.line = line;
		this.region = region;
	}

	/**
	 * The row a contact makes.
	 *
	 * @param line   the line the contact starts on, or the card's number
	 * @param strict reject the contact for any value that is not valid, instead of keeping it with a warning
	 */
	static ImportRow row(WrittenContact written, long line, String region, boolean strict) {
		ImportedCustomer customer = new ImportedCustomer(written, line, region);
		return strict ? customer.strict() : customer.keeping();
	}

	private ImportRow keeping() {
		String company = fit(COMPANY, NAME);
		String[] name = organisation() ? new String[2]
				: personName(written.get(GIVEN_NAME), written.get(FAMILY_NAME), written.get(FULL_NAME));
		List<Channel> channels = ImportedChannels.keep(written.channels, region, line, warnings);
		String country = country(channels);
		boolean account = organisation();
		if (!account && name[0] == null && name[1] == null) {
			name[0] = nameFromChannels(channels);
			if (name[0] == null) {
				errors.add(new FieldError(ContactCsvReader.LINE_FIELD, Messages.Import_noIdentity));
				return new ImportRow(line, null, Map.of(), errors, List.of());
			}
		}
		String given = cut(name[0], PART, GIVEN_NAME);
		String family = cut(name[1], PART, FAMILY_NAME);
		if (given != null && family != null && given.length() + family.length() >= NAME) {
			given = given.substring(0, NAME - 1 - family.length());
		}
		CustomerInput input = new CustomerInput(account ? CustomerKind.ACCOUNT : CustomerKind.PERSON,
				account ? company : null, given, family, null, account ? null : company,
				account ? null : fit(JOB_TITLE, TITLE_LENGTH),
				null, null, null, fit(REGION, REGION_LENGTH), fit(CITY, CITY_LENGTH), country, source(),
				LifecycleStage.PROSPECT, VipTier.NONE, true, null, channels, tags(), null, null, null, null, null);
		Map<String, String> custom = custom();
		// What is saved must pass the service's checks. The channels were checked as it checks them (and those kept as
		// written are meant not to pass): leaving them out spares parsing every phone number twice.
		errors.addAll(CustomerValidator.errors(withoutChannels(input), region));
		return new ImportRow(line, input, custom, errors, warnings);
	}

	private ImportRow strict() {
		boolean account = organisation();
		String[] name = account ? new String[2]
				: personName(written.get(GIVEN_NAME), written.get(FAMILY_NAME), written.get(FULL_NAME));
		String company = written.get(COMPANY);
		// A row without any name becomes a person, so that validation asks for a name, not a company.
		account &= company != null;
		CustomerInput input = new CustomerInput(account ? CustomerKind.ACCOUNT : CustomerKind.PERSON,
				account ? company : null, name[0], name[1], null, account ? null : company,
				account ? null : written.get(JOB_TITLE), null, null, null, written.get(REGION),
				written.get(CITY), CountryNames.codeOrText(written.get(COUNTRY)), source(), LifecycleStage.PROSPECT,
				VipTier.NONE, true, null, ImportedChannels.asWritten(written.channels), tags(), null, null, null, null,
				null);
		errors.addAll(CustomerValidator.errors(input, region));
		Map<String, String> custom = custom();
		return new ImportRow(line, input, custom, errors, warnings);
	}

	private static CustomerInput withoutChannels(CustomerInput in) {
		return new CustomerInput(in.kind(), in.name(), in.givenName(), in.familyName(), in.accountId(), in.company(),
				in.jobTitle(), in.accountRole(), in.industry(), in.companySize(), in.region(), in.city(), in.country(),
				in.source(), in.stage(), in.vipTier(), in.active(), in.owner(), List.of(), in.tags(), in.creditLimit(),
				in.currency(), in.paymentTerms(), in.taxId(), in.billingAddress());
	}

	/** A company's own record: a company and no person's name (or the company's name as the full name). */
	private boolean organisation() {
		String company = written.get(COMPANY);
		String full = written.get(FULL_NAME);
		boolean noPersonName = written.get(GIVEN_NAME) == null && written.get(FAMILY_NAME) == null;
		return written.organisation || company != null && noPersonName
				&& (full == null || SearchKeys.fold(full).equals(SearchKeys.fold(company)));
	}

	/** A person without a name is named after the local part of its email, else its phone as written. */
	private String nameFromChannels(List<Channel> channels) {
		for (ChannelType type : NAMING) {
			for (Channel c : channels) {
				if (c.type() == type) {
					int at = c.value().indexOf('@');
					String name = type == ChannelType.EMAIL && at > 0 ? c.value().substring(0, at) : c.value();
					// The written value may be longer: the kept one was cut.
					String where = written.channels.stream().filter(w -> w.value().startsWith(c.value())).findFirst()
							.map(WrittenContact.WrittenChannel::where).orElse(type.name());
					warnings.add(new ImportWarning(line, where, c.value(), NLS.bind(Messages.Import_namedAfter, name)));
					return name;
				}
			}
		}
		return null;
	}

	/** The country's ISO code; one that is not understood is kept as an unverified address channel. */
	private String country(List<Channel> channels) {
		String written = this.written.get(COUNTRY);
		String code = CountryNames.code(written);
		if (written != null && code == null) {
			String kept = written.length() > ImportedChannels.VALUE_LENGTH
					? written.substring(0, ImportedChannels.VALUE_LENGTH) : written;
			channels.add(new Channel(ChannelType.ADDRESS, Unverified.label(Unverified.COUNTRY), kept, false));
			warnings.add(new ImportWarning(line, this.written.where(COUNTRY), written, Messages.Import_countryUnknown));
		}
		return code;
	}

	private String source() {
		String source = fit(CustomerField.SOURCE, SOURCE_LENGTH);
		return source == null ? ImportedCustomer.SOURCE : source;
	}

	private Set<String> tags() {
		Set<String> tags = new LinkedHashSet<>();
		for (Written tag : written.tags) {
			String label = tag.text().strip();
			if (label.length() > TAG) {
				warnings.add(new ImportWarning(line, tag.where(), label, NLS.bind(Messages.Import_cut, TAG)));
				label = label.substring(0, TAG).strip();
			}
			if (!label.isEmpty()) {
				tags.add(label);
			}
		}
		return tags;
	}

	/** The custom values, normalised; a value its field's type forbids rejects the row. */
	private Map<String, String> custom() {
		Map<String, String> custom = new LinkedHashMap<>();
		for (CustomValue value : written.custom.values()) {
			String stored = CustomFieldCheck.normalise(value.field(), value.value().text());
			CustomFieldCheck.check(value.field(), value.field().key(), stored, errors);
			custom.put(value.field().key(), stored);
		}
		for (Written unknown : written.unknown) {
			warnings.add(new ImportWarning(line, unknown.where(), unknown.text(), Messages.Import_unknownField));
		}
		return custom;
	}

	/** A field's value, cut to its column's length with a warning. */
	private String fit(CustomerField field, int length) {
		return cut(written.get(field), length, field);
	}

	private String cut(String value, int length, CustomerField field) {
		if (value == null || value.length() <= length) {
			return value;
		}
		warnings.add(new ImportWarning(line, written.where(field), value, NLS.bind(Messages.Import_cut, length)));
		return value.substring(0, length).strip();
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

	private static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
