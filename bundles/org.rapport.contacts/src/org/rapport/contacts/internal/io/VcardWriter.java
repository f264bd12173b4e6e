package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.rapport.contacts.Channel;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.internal.JdbcCustomFields;
import org.rapport.contacts.internal.io.ExportedCustomers.Exported;
import org.rapport.platform.persistence.Jdbc;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Kind;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

/**
 * Writes customers as vCards (3.0 or 4.0, UTF-8) that address books and phones read, one card at a time. Everything
 * an import reads is written, with Rapport's own properties ({@link VcardContact}) for custom fields, the source and
 * the channels vCard has no property for, so that the file imports back to the same customers.
 */
public final class VcardWriter {

	private VcardWriter() {
	}

	public static int export(Jdbc jdbc, Path file, ExportSelection selection, VCardVersion version)
			throws IOException {
		try (VCardWriter writer = new VCardWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), version)) {
			// In a transaction: PostgreSQL streams by the fetch size only there; otherwise it reads every row first.
			return jdbc.inTransaction(c -> write(c, writer, selection));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static int write(Connection c, VCardWriter writer, ExportSelection selection) throws SQLException {
		List<CustomField> fields = JdbcCustomFields.definitions(c);
		IProgressMonitor monitor = new NullProgressMonitor();
		try {
			return ExportedCustomers.each(c, selection, customer -> writer.write(card(customer, fields)), monitor);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static VCard card(Exported customer, List<CustomField> fields) {
		VCard card = new VCard();
		card.setFormattedName(customer.name());
		if (customer.kind() == CustomerKind.PERSON) {
			StructuredName n = new StructuredName();
			n.setGiven(customer.givenName());
			n.setFamily(customer.familyName());
			card.setStructuredName(n);
			if (customer.company() != null) {
				card.setOrganization(customer.company());
			}
		} else {
			card.setOrganization(customer.name());
			card.setKind(Kind.org());
		}
		if (customer.jobTitle() != null) {
			card.addTitle(customer.jobTitle());
		}
		String country = customer.countryAsWritten();
		if (customer.city() != null || customer.region() != null || country != null) {
			Address address = new Address();
			address.setLocality(customer.city());
			address.setRegion(customer.region());
			address.setCountry(country);
			card.addAddress(address);
		}
		for (Channel channel : customer.channels()) {
			channel(card, channel);
		}
		if (!customer.tags().isEmpty()) {
			card.setCategories(customer.tags().toArray(String[]::new));
		}
		if (customer.source() != null) {
			card.addExtendedProperty(VcardContact.SOURCE, VcardContact.escape(customer.source()));
		}
		for (CustomField field : fields) {
			String value = customer.custom().get(field.key());
			if (value != null) {
				card.addExtendedProperty(VcardContact.property(field), VcardContact.escape(value));
			}
		}
		return card;
	}

	private static void channel(VCard card, Channel channel) {
		String value = channel.value();
		boolean work = "work".equals(Unverified.plain(channel.label()));
		switch (channel.type()) {
		case EMAIL -> card.addEmail(value, work ? EmailType.WORK : EmailType.INTERNET);
		case MOBILE -> card.addTelephoneNumber(value, TelephoneType.CELL);
		case PHONE -> card.addTelephoneNumber(value, work ? TelephoneType.WORK : TelephoneType.VOICE);
		case WHATSAPP -> {
			Telephone tel = card.addTelephoneNumber(value, TelephoneType.CELL);
			tel.setParameter(VcardContact.CHANNEL, "WHATSAPP");
		}
		case WEBSITE -> card.addUrl(value);
		case WECHAT -> card.addExtendedProperty(VcardContact.WECHAT, VcardContact.escape(value));
		case LINE -> card.addExtendedProperty(VcardContact.LINE, VcardContact.escape(value));
		case ADDRESS -> {
			// A country not understood went into the first address's country.
			if (!Unverified.isCountry(channel)) {
				Address address = new Address();
				address.setStreetAddress(value);
				if (work || "home".equals(Unverified.plain(channel.label()))) {
					address.getTypes().add(work ? AddressType.WORK : AddressType.HOME);
				}
				card.addAddress(address);
			}
		}
		}
	}
}
