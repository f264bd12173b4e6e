package org.rapport.contacts.internal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Set;

import org.rapport.contacts.Channel;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.platform.persistence.Jdbc;

/**
 * Finds an existing customer with the same email or phone (one imported earlier in the same file included: the import's
 * transaction sees its own rows), and merges an imported row into it.
 */
final class Duplicates implements AutoCloseable {

	private final Jdbc jdbc;
	private final Connection connection;
	private final PreparedStatement byEmail;
	private final PreparedStatement byPhone;

	Duplicates(Jdbc jdbc, Connection connection) throws SQLException {
		this.jdbc = jdbc;
		this.connection = connection;
		this.byEmail = connection.prepareStatement("SELECT id FROM contacts_customer WHERE email_key = ?");
		// Not a customer whose phone has an extension: the number without it is a switchboard's (MatchKeys).
		this.byPhone = connection.prepareStatement("SELECT id FROM contacts_customer WHERE phone_intl_key = ?"
				+ " AND (primary_phone IS NULL OR primary_phone NOT LIKE '%" + MatchKeys.EXTENSION + "%')");
	}

	Long find(MatchKeys keys) throws SQLException {
		Long id = keys.email() == null ? null : first(byEmail, keys.email());
		return id != null || keys.phone() == null ? id : first(byPhone, keys.phone());
	}

	/** Fills what the existing customer lacks and adds new channels and tags; never overwrites. */
	void merge(long id, CustomerInput in, CustomerKeys keys, Timestamp now) throws SQLException {
		try (PreparedStatement st = connection.prepareStatement("UPDATE contacts_customer SET"
				+ " company = COALESCE(company, ?), company_key = COALESCE(company_key, ?),"
				+ " job_title = COALESCE(job_title, ?), city = COALESCE(city, ?), country = COALESCE(country, ?),"
				+ " version = version + 1, updated_at = ? WHERE id = ?")) {
			st.setString(1, in.company());
			st.setString(2, keys.companyKey());
			st.setString(3, in.jobTitle());
			st.setString(4, in.city());
			st.setString(5, in.country());
			st.setTimestamp(6, now);
			st.setLong(7, id);
			st.executeUpdate();
		}
		Set<String> known = new HashSet<>();
		int position = 0;
		try (PreparedStatement st = connection.prepareStatement(
				"SELECT channel_type, channel_value, position FROM contacts_channel WHERE customer_id = ?")) {
			st.setLong(1, id);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					known.add(rs.getString(1) + ":" + rs.getString(2));
					position = Math.max(position, rs.getInt(3) + 1);
				}
			}
		}
		for (Channel ch : in.channels()) {
			if (known.add(ch.type().name() + ":" + ch.value().trim())) {
				addChannel(id, position++, ch);
			}
		}
		for (String tag : in.tags()) {
			addTag(id, tag.trim());
		}
	}

	private void addChannel(long id, int position, Channel ch) throws SQLException {
		try (PreparedStatement st = connection.prepareStatement("INSERT INTO contacts_channel (id, customer_id, position,"
				+ " channel_type, label, channel_value, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			st.setLong(1, jdbc.nextId(connection, "contacts_channel_seq"));
			st.setLong(2, id);
			st.setInt(3, position);
			st.setString(4, ch.type().name());
			st.setString(5, ch.label());
			st.setString(6, ch.value().trim());
			st.setBoolean(7, false);
			st.executeUpdate();
		}
	}

	private void addTag(long id, String tag) throws SQLException {
		try (PreparedStatement has = connection.prepareStatement(
				"SELECT 1 FROM contacts_customer_tag WHERE customer_id = ? AND tag = ?")) {
			has.setLong(1, id);
			has.setString(2, tag);
			try (ResultSet rs = has.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
		}
		try (PreparedStatement st = connection.prepareStatement(
				"INSERT INTO contacts_customer_tag (customer_id, tag) VALUES (?, ?)")) {
			st.setLong(1, id);
			st.setString(2, tag);
			st.executeUpdate();
		}
	}

	private static Long first(PreparedStatement st, String key) throws SQLException {
		st.setString(1, key);
		try (ResultSet rs = st.executeQuery()) {
			return rs.next() ? rs.getLong(1) : null;
		}
	}

	@Override
	public void close() throws SQLException {
		byEmail.close();
		byPhone.close();
	}
}
