package org.rapport.contacts.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.contacts.Channel;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.platform.persistence.DatabaseKind;

/**
 * Writes demo customers with batched JDBC, in commits of a few thousand rows, fast enough for a million. Ids
 * come from the same sequences as the service's, in the blocks of 50 that EclipseLink also uses.
 */
public final class DemoDataWriter {

	private static final int BATCH = 2_000;
	private static final String INSERT_CUSTOMER = "INSERT INTO contacts_customer (id, version, kind, display_name,"
			+ " given_name, family_name, company, industry, region, city, country, source, lifecycle_stage, vip_tier,"
			+ " active, owner_login, primary_email, primary_phone, credit_limit, currency, payment_terms, created_at,"
			+ " updated_at, created_by, sort_key, name_key, name2_key, pinyin_key, initials_key, email_key, phone_key,"
			+ " phone_intl_key, company_key) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
			+ " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	private static final String INSERT_CHANNEL = "INSERT INTO contacts_channel (id, customer_id, position, channel_type,"
			+ " label, channel_value, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?)";
	private static final String INSERT_TAG = "INSERT INTO contacts_customer_tag (customer_id, tag) VALUES (?, ?)";

	private final DataSource dataSource;
	private final DatabaseKind kind;
	private final String region;
	private final String user;

	public DemoDataWriter(DataSource dataSource, DatabaseKind kind, String region, String user) {
		this.dataSource = dataSource;
		this.kind = kind;
		this.region = region;
		this.user = user;
	}

	/** Writes {@code count} customers; returns how many were written (fewer when cancelled). */
	public int write(DemoCustomers customers, int count, IProgressMonitor monitor) throws SQLException {
		SubMonitor progress = SubMonitor.convert(monitor, count);
		Random dates = new Random(count);
		int written = 0;
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement customer = c.prepareStatement(INSERT_CUSTOMER);
					PreparedStatement channel = c.prepareStatement(INSERT_CHANNEL);
					PreparedStatement tag = c.prepareStatement(INSERT_TAG)) {
				IdBlocks customerIds = new IdBlocks(c, "contacts_customer_seq");
				IdBlocks channelIds = new IdBlocks(c, "contacts_channel_seq");
				while (written < count) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					CustomerInput in = customers.next();
					long id = customerIds.next();
					Instant created = Instant.now().minus(dates.nextInt(730), ChronoUnit.DAYS);
					bindCustomer(customer, id, in, CustomerKeys.of(in, region), Timestamp.from(created));
					customer.addBatch();
					for (int i = 0; i < in.channels().size(); i++) {
						Channel ch = in.channels().get(i);
						channel.setLong(1, channelIds.next());
						channel.setLong(2, id);
						channel.setInt(3, i);
						channel.setString(4, ch.type().name());
						channel.setString(5, ch.label());
						channel.setString(6, ch.value());
						channel.setBoolean(7, ch.primary());
						channel.addBatch();
					}
					for (String t : in.tags()) {
						tag.setLong(1, id);
						tag.setString(2, t);
						tag.addBatch();
					}
					written++;
					if (written % BATCH == 0 || written == count) {
						customer.executeBatch();
						channel.executeBatch();
						tag.executeBatch();
						c.commit();
						progress.worked(written % BATCH == 0 ? BATCH : written % BATCH);
					}
				}
			}
		}
		return written;
	}

	private void bindCustomer(PreparedStatement st, long id, CustomerInput in, CustomerKeys k, Timestamp created)
			throws SQLException {
		int i = 1;
		st.setLong(i++, id);
		st.setString(i++, in.kind().name());
		st.setString(i++, k.displayName());
		st.setString(i++, in.givenName());
		st.setString(i++, in.familyName());
		st.setString(i++, in.company());
		st.setString(i++, in.industry());
		st.setString(i++, in.region());
		st.setString(i++, in.city());
		st.setString(i++, in.country());
		st.setString(i++, in.source());
		st.setString(i++, in.stage().name());
		st.setString(i++, in.vipTier().name());
		st.setBoolean(i++, in.active());
		st.setString(i++, in.owner());
		st.setString(i++, k.primaryEmail());
		st.setString(i++, k.primaryPhone());
		if (in.creditLimit() == null) {
			st.setNull(i++, Types.DECIMAL);
		} else {
			st.setBigDecimal(i++, in.creditLimit());
		}
		st.setString(i++, in.currency());
		st.setString(i++, in.paymentTerms());
		st.setTimestamp(i++, created);
		st.setTimestamp(i++, created);
		st.setString(i++, user);
		for (String key : new String[] { k.sortKey(), k.nameKey(), k.name2Key(), k.pinyinKey(), k.initialsKey(),
				k.emailKey(), k.phoneKey(), k.phoneIntlKey(), k.companyKey() }) {
			st.setString(i++, key);
		}
	}

	/** Ids from a sequence, in blocks of 50 ending at the value the sequence hands out. */
	private final class IdBlocks {
		private final Connection connection;
		private final String sequence;
		private long next;
		private long last = -1;

		IdBlocks(Connection connection, String sequence) {
			this.connection = connection;
			this.sequence = sequence;
		}

		long next() throws SQLException {
			if (next > last) {
				String sql = kind == DatabaseKind.POSTGRESQL ? "SELECT nextval('" + sequence + "')"
						: "VALUES NEXT VALUE FOR " + sequence;
				try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
					rs.next();
					last = rs.getLong(1);
					next = last - 49;
				}
			}
			return next++;
		}
	}
}
