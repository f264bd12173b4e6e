package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.StructuredName;

/** Writes customers as vCards (3.0 or 4.0, UTF-8) that address books and phones read, one card at a time. */
public final class VcardWriter {

	private VcardWriter() {
	}

	public static int export(DataSource dataSource, Path file, ExportSelection selection, VCardVersion version)
			throws SQLException, IOException {
		int count = 0;
		java.util.List<Object> params = new java.util.ArrayList<>();
		try (VCardWriter writer = new VCardWriter(java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8), version);
				Connection c = dataSource.getConnection();
				PreparedStatement st = c.prepareStatement("SELECT id, kind, display_name, given_name, family_name, company,"
						+ " job_title, city, region, country FROM contacts_customer" + selection.where(c, params)
						+ " ORDER BY sort_key, id");
				PreparedStatement channels = c.prepareStatement("SELECT channel_type, label, channel_value FROM"
						+ " contacts_channel WHERE customer_id = ? ORDER BY position")) {
			for (int i = 0; i < params.size(); i++) {
				st.setObject(i + 1, params.get(i));
			}
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					writer.write(card(rs, channels));
					count++;
				}
			}
		}
		return count;
	}

	private static VCard card(ResultSet rs, PreparedStatement channels) throws SQLException {
		VCard card = new VCard();
		card.setFormattedName(rs.getString(3));
		if ("PERSON".equals(rs.getString(2))) {
			StructuredName n = new StructuredName();
			n.setGiven(rs.getString(4));
			n.setFamily(rs.getString(5));
			card.setStructuredName(n);
			if (rs.getString(6) != null) {
				card.setOrganization(rs.getString(6));
			}
		} else {
			card.setOrganization(rs.getString(3));
			card.setKind(ezvcard.property.Kind.org());
		}
		if (rs.getString(7) != null) {
			card.addTitle(rs.getString(7));
		}
		if (rs.getString(8) != null || rs.getString(10) != null) {
			Address address = new Address();
			address.setLocality(rs.getString(8));
			address.setRegion(rs.getString(9));
			address.setCountry(rs.getString(10));
			card.addAddress(address);
		}
		channels.setLong(1, rs.getLong(1));
		try (ResultSet ch = channels.executeQuery()) {
			while (ch.next()) {
				String type = ch.getString(1);
				String value = ch.getString(3);
				switch (type) {
				case "EMAIL" -> card.addEmail(value, "work".equals(ch.getString(2)) ? EmailType.WORK : EmailType.INTERNET);
				case "MOBILE", "WHATSAPP" -> card.addTelephoneNumber(value, TelephoneType.CELL);
				case "PHONE" -> card.addTelephoneNumber(value,
						"work".equals(ch.getString(2)) ? TelephoneType.WORK : TelephoneType.VOICE);
				default -> card.addNote(type + ": " + value);
				}
			}
		}
		return card;
	}
}
