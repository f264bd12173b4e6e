package org.rapport.contacts.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.rapport.contacts.internal.search.SearchKeys;

/**
 * Writes custom field values with their search key (folded, as the list's {@code key:value} filter compares
 * them). The caller owns the connection and its transaction.
 */
public final class FieldValueRows implements AutoCloseable {

	/** Length of the search key column: a prefix is all the filter compares. */
	private static final int KEY_LENGTH = 200;

	private final PreparedStatement delete;
	private final PreparedStatement insert;
	private final PreparedStatement has;
	private int pending;

	public FieldValueRows(Connection c) throws SQLException {
		delete = c.prepareStatement("DELETE FROM contacts_field_value WHERE customer_id = ? AND field_key = ?");
		has = c.prepareStatement("SELECT 1 FROM contacts_field_value WHERE customer_id = ? AND field_key = ?");
		insert = c.prepareStatement(
				"INSERT INTO contacts_field_value (customer_id, field_key, field_value, value_key) VALUES (?, ?, ?, ?)");
	}

	/** Replaces one value now; an empty value only removes. */
	public void replace(long customerId, String key, String value) throws SQLException {
		delete.setLong(1, customerId);
		delete.setString(2, key);
		delete.executeUpdate();
		if (!value.isEmpty()) {
			bind(customerId, key, value);
			insert.executeUpdate();
		}
	}

	/** Sets a value the customer does not have yet (an import merging into an existing customer); never overwrites. */
	public void addIfAbsent(long customerId, String key, String value) throws SQLException {
		has.setLong(1, customerId);
		has.setString(2, key);
		boolean present;
		try (java.sql.ResultSet rs = has.executeQuery()) {
			present = rs.next();
		}
		if (!present && !value.isEmpty()) {
			bind(customerId, key, value);
			insert.executeUpdate();
		}
	}

	/** Queues the value of a customer that has none yet (a new customer); sent at {@link #flush}. */
	public void add(long customerId, String key, String value) throws SQLException {
		bind(customerId, key, value);
		insert.addBatch();
		pending++;
	}

	public void flush() throws SQLException {
		if (pending > 0) {
			insert.executeBatch();
			pending = 0;
		}
	}

	private void bind(long customerId, String key, String value) throws SQLException {
		insert.setLong(1, customerId);
		insert.setString(2, key);
		insert.setString(3, value);
		String folded = SearchKeys.fold(value);
		insert.setString(4, folded.length() > KEY_LENGTH ? folded.substring(0, KEY_LENGTH) : folded);
	}

	@Override
	public void close() throws SQLException {
		delete.close();
		insert.close();
		has.close();
	}
}
