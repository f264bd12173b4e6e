package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.StructuredName;

/** Writes customers as vCards (3.0 or 4.0, UTF-8) that address books and phones read, one card at a time. */
public final class VcardWriter {

	/** Rows the database sends at a time. */
	private static final int FETCH = 500;

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
		int count = 0;
		List<Object> params = new ArrayList<>();
		String sql = "SELECT id, kind, display_name, given_name, family_name, company, job_title, city, region, country"
				+ " FROM contacts_customer" + selection.where(c, params) + " ORDER BY sort_key, id";
		try (PreparedStatement st = Rows.prepare(c, sql, params);
				PreparedStatement channels = c.prepareStatement("SELECT channel_type, label, channel_value FROM"
						+ " contacts_channel WHERE customer_id = ? ORDER BY position")) {
			st.setFetchSize(FETCH);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					writer.write(card(rs, channels));
					count++;
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
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
