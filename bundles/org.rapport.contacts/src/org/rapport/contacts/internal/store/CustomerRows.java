package org.rapport.contacts.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

import org.rapport.contacts.Channel;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.platform.persistence.Jdbc;

/**
 * Batched JDBC inserts of whole customers (row, channels, tags) for bulk work: imports and demo data. Ids
 * come from the entities' sequences by the platform's one rule ({@link Jdbc#nextId}), the blocks of 50 that
 * EclipseLink also takes, so bulk rows and rows saved by the service never collide. The caller owns the
 * connection and its transaction.
 */
public final class CustomerRows implements AutoCloseable {

	private static final String INSERT_CUSTOMER = "INSERT INTO contacts_customer (id, version, kind, display_name,"
			+ " given_name, family_name, company, job_title, industry, region, city, country, source, lifecycle_stage,"
			+ " vip_tier, active, owner_login, primary_email, primary_phone, currency, payment_terms,"
			+ " created_at, updated_at, created_by, sort_key, name_key, name2_key, pinyin_key, initials_key, email_key,"
			+ " phone_key, phone_intl_key, company_key%s) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
			+ " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%s)";
	private static final String INSERT_CHANNEL = "INSERT INTO contacts_channel (id, customer_id, position, channel_type,"
			+ " label, channel_value, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?)";
	private static final String INSERT_TAG = "INSERT INTO contacts_customer_tag (customer_id, tag) VALUES (?, ?)";

	private final PreparedStatement customer;
	private final PreparedStatement channel;
	private final PreparedStatement tag;
	private final Jdbc jdbc;
	private final Connection connection;
	private final String user;
	private final boolean creditLimit;
	private int pending;

	/** Rows with every value given, credit limit included. */
	public CustomerRows(Jdbc jdbc, Connection connection, String user) throws SQLException {
		this(jdbc, connection, user, true);
	}

	/**
	 * @param creditLimit whether the writer may set the sensitive credit limit: otherwise the column is not named at
	 *                    all, for on the server a person whose role may not change it lacks the column's privilege
	 */
	public CustomerRows(Jdbc jdbc, Connection connection, String user, boolean creditLimit) throws SQLException {
		this.jdbc = jdbc;
		this.connection = connection;
		this.creditLimit = creditLimit;
		this.customer = connection.prepareStatement(
				creditLimit ? INSERT_CUSTOMER.formatted(", credit_limit", ", ?") : INSERT_CUSTOMER.formatted("", ""));
		this.channel = connection.prepareStatement(INSERT_CHANNEL);
		this.tag = connection.prepareStatement(INSERT_TAG);
		this.user = user;
	}

	/** Queues one customer; returns its id. Rows reach the database at {@link #flush}. */
	public long add(CustomerInput in, CustomerKeys keys, Timestamp created) throws SQLException {
		long id = jdbc.nextId(connection, "contacts_customer_seq");
		bindCustomer(id, in, keys, created);
		customer.addBatch();
		for (int i = 0; i < in.channels().size(); i++) {
			Channel ch = in.channels().get(i);
			channel.setLong(1, jdbc.nextId(connection, "contacts_channel_seq"));
			channel.setLong(2, id);
			channel.setInt(3, i);
			channel.setString(4, ch.type().name());
			channel.setString(5, ch.label());
			channel.setString(6, ch.value().trim());
			channel.setBoolean(7, ch.primary());
			channel.addBatch();
		}
		for (String t : in.tags()) {
			tag.setLong(1, id);
			tag.setString(2, t.trim());
			tag.addBatch();
		}
		pending++;
		return id;
	}

	/** Rows queued and not yet sent. */
	public int pending() {
		return pending;
	}

	public void flush() throws SQLException {
		customer.executeBatch();
		channel.executeBatch();
		tag.executeBatch();
		pending = 0;
	}

	private void bindCustomer(long id, CustomerInput in, CustomerKeys k, Timestamp created) throws SQLException {
		int i = 1;
		customer.setLong(i++, id);
		customer.setString(i++, in.kind().name());
		customer.setString(i++, k.displayName());
		for (String value : new String[] { in.givenName(), in.familyName(), in.company(), in.jobTitle(), in.industry(),
				in.region(), in.city(), in.country(), in.source() }) {
			customer.setString(i++, value == null || value.isBlank() ? null : value.trim());
		}
		customer.setString(i++, in.stage().name());
		customer.setString(i++, in.vipTier().name());
		customer.setBoolean(i++, in.active());
		customer.setString(i++, in.owner() == null || in.owner().isBlank() ? user : in.owner());
		customer.setString(i++, k.primaryEmail());
		customer.setString(i++, k.primaryPhone());
		customer.setString(i++, in.currency());
		customer.setString(i++, in.paymentTerms());
		customer.setTimestamp(i++, created);
		customer.setTimestamp(i++, created);
		customer.setString(i++, user);
		for (String key : new String[] { k.sortKey(), k.nameKey(), k.name2Key(), k.pinyinKey(), k.initialsKey(),
				k.emailKey(), k.phoneKey(), k.phoneIntlKey(), k.companyKey() }) {
			customer.setString(i++, key);
		}
		if (creditLimit && in.creditLimit() == null) {
			customer.setNull(i, Types.DECIMAL);
		} else if (creditLimit) {
			customer.setBigDecimal(i, in.creditLimit());
		}
	}

	@Override
	public void close() throws SQLException {
		customer.close();
		channel.close();
		tag.close();
	}
}
