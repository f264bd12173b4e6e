package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.internal.CustomerValidator;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.validation.FieldError;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files (Apple Contacts, Google, Outlook, phones) with ez-vcard into import
 * rows; a row's "line" is the number of the card in the file, which is what a user can find again.
 */
public final class VcardReader implements Iterator<ImportRow> {

	private final Iterator<VCard> cards;
	private final String region;
	private long number;

	private VcardReader(List<VCard> cards, String region) {
		this.cards = cards.iterator();
		this.region = region;
	}

	public static VcardReader open(Path file, String region) throws IOException {
		List<VCard> cards = Ezvcard.parse(Files.newInputStream(file)).all();
		if (cards.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Vcard_none, file.getFileName()));
		}
		return new VcardReader(cards, region);
	}

	@Override
	public boolean hasNext() {
		return cards.hasNext();
	}

	@Override
	public ImportRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		number++;
		CustomerInput input = customer(cards.next());
		List<FieldError> errors = CustomerValidator.errors(input, region);
		return new ImportRow(number, input, errors);
	}

	private static CustomerInput customer(VCard card) {
		StructuredName n = card.getStructuredName();
		String full = card.getFormattedName() == null ? null : card.getFormattedName().getValue();
		String given = n == null ? null : blankToNull(n.getGiven());
		String family = n == null ? null : blankToNull(n.getFamily());
		String company = card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? null
				: card.getOrganization().getValues().get(0);
		// Address books write a company's card with its name as FN and ORG and no N (or KIND:org in 4.0).
		boolean organisation = card.getKind() != null && card.getKind().isOrg()
				|| given == null && family == null && company != null && (full == null || full.strip().equals(company.strip()));
		String[] name = organisation ? new String[2]
				: ImportedCustomer.personName(given, family, given == null && family == null ? full : null);
		boolean account = name[0] == null && name[1] == null;
		List<Channel> channels = new ArrayList<>();
		for (Email email : card.getEmails()) {
			channels.add(new Channel(ChannelType.EMAIL, "", email.getValue(), channels.isEmpty()));
		}
		boolean mobileSeen = false;
		boolean phoneSeen = false;
		for (Telephone tel : card.getTelephoneNumbers()) {
			String number = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber();
			if (number == null || number.isBlank()) {
				continue;
			}
			boolean mobile = tel.getTypes().contains(TelephoneType.CELL);
			boolean work = tel.getTypes().contains(TelephoneType.WORK);
			channels.add(new Channel(mobile ? ChannelType.MOBILE : ChannelType.PHONE, work && !mobile ? "work" : "",
					number, mobile ? !mobileSeen : !phoneSeen));
			mobileSeen |= mobile;
			phoneSeen |= !mobile;
		}
		Address address = card.getAddresses().isEmpty() ? null : card.getAddresses().get(0);
		Set<String> tags = new LinkedHashSet<>();
		for (Categories categories : card.getCategoriesList()) {
			// Google's system groups are not the user's tags.
			categories.getValues().stream().map(String::strip).filter(t -> !t.isEmpty())
					.filter(t -> !Set.of("mycontacts", "starred").contains(t.toLowerCase(java.util.Locale.ROOT)))
					.forEach(tags::add);
		}
		String title = card.getTitles().isEmpty() ? null : card.getTitles().get(0).getValue();
		return new CustomerInput(account ? CustomerKind.ACCOUNT : CustomerKind.PERSON, account ? company : null,
				name[0], name[1], null, account ? null : company, title, null, null, null,
				address == null ? null : address.getRegion(), address == null ? null : address.getLocality(),
				address == null ? null : CountryNames.code(address.getCountry()), "import", LifecycleStage.PROSPECT,
				VipTier.NONE, true, null, channels, tags, null, null, null, null, null);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
