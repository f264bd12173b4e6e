package org.rapport.contacts.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.VipTier;

/**
 * Pages of the customer list in SQL, never a count or a full load. The unfiltered list pages by keyset on
 * (sort_key, id). A typed filter runs one prefix query per search key, each reading its own index in order
 * and stopping at the page size, so that a one-letter filter on a million customers costs no more than a
 * long one; keys come one after the other (names first), and a customer found by an earlier key is not
 * repeated by a later one.
 */
public final class CustomerSearch {

	/** Columns of a list line, in the order {@link #summary} reads them. */
	public static final String COLUMNS = "id, kind, display_name, company, primary_email, primary_phone, city,"
			+ " lifecycle_stage, vip_tier, owner_login, sort_key";

	private CustomerSearch() {
	}

	public static List<CustomerSummary> page(DataSource dataSource, CustomerQuery query) throws SQLException {
		int limit = Math.max(1, Math.min(query.limit(), 1000));
		List<SearchKey> keys = SearchKey.forText(query.text());
		try (Connection c = dataSource.getConnection()) {
			return keys.isEmpty() ? unfiltered(c, query, limit) : filtered(c, query, keys, limit);
		}
	}

	private static List<CustomerSummary> unfiltered(Connection c, CustomerQuery query, int limit) throws SQLException {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM contacts_customer WHERE 1=1");
		sql.append(view(query, params));
		if (query.after() != null) {
			// The >= gives the database a start key in the (sort_key, id) index; an OR alone would scan.
			sql.append(" AND sort_key >= ? AND (sort_key > ? OR id > ?)");
			params.add(query.after().sortKey());
			params.add(query.after().sortKey());
			params.add(query.after().id());
		}
		sql.append(" ORDER BY sort_key, id FETCH FIRST ").append(limit).append(" ROWS ONLY");
		List<CustomerSummary> page = new ArrayList<>();
		try (PreparedStatement st = prepare(c, sql.toString(), params); ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				page.add(summary(rs));
			}
		}
		return page;
	}

	private static List<CustomerSummary> filtered(Connection c, CustomerQuery query, List<SearchKey> keys, int limit)
			throws SQLException {
		List<CustomerSummary> page = new ArrayList<>();
		Cursor from = Cursor.parse(query.after());
		for (int k = from.key(); k < keys.size() && page.size() < limit; k++) {
			SearchKey key = keys.get(k);
			List<Object> params = new ArrayList<>();
			StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", " + key.column()
					+ " FROM contacts_customer WHERE " + key.column() + " LIKE ? ESCAPE '!'");
			params.add(key.likePattern());
			for (SearchKey earlier : keys.subList(0, k)) {
				// Found already by an earlier key: not again. NULL keys never match LIKE, hence the OR.
				sql.append(" AND (").append(earlier.column()).append(" IS NULL OR ").append(earlier.column())
						.append(" NOT LIKE ? ESCAPE '!')");
				params.add(earlier.likePattern());
			}
			sql.append(view(query, params));
			if (k == from.key() && from.value() != null) {
				sql.append(" AND ").append(key.column()).append(" >= ? AND (").append(key.column()).append(" > ? OR id > ?)");
				params.add(from.value());
				params.add(from.value());
				params.add(from.id());
			}
			sql.append(" ORDER BY ").append(key.column()).append(", id FETCH FIRST ").append(limit - page.size())
					.append(" ROWS ONLY");
			try (PreparedStatement st = prepare(c, sql.toString(), params); ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					page.add(summary(rs).at(new Cursor(k, rs.getString(12), rs.getLong(1)).toString()));
				}
			}
		}
		return page;
	}

	/** Conditions of the saved view: owner, VIP, tag. */
	private static String view(CustomerQuery query, List<Object> params) {
		StringBuilder where = new StringBuilder();
		if (query.owner() != null) {
			where.append(" AND owner_login = ?");
			params.add(query.owner());
		}
		if (query.vip()) {
			where.append(" AND vip_tier <> 'NONE'");
		}
		if (query.tag() != null) {
			where.append(" AND id IN (SELECT customer_id FROM contacts_customer_tag WHERE tag = ?)");
			params.add(query.tag());
		}
		return where.toString();
	}

	private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
		PreparedStatement st = c.prepareStatement(sql);
		for (int i = 0; i < params.size(); i++) {
			st.setObject(i + 1, params.get(i));
		}
		return st;
	}

	/** One list line from a row selected with {@link #COLUMNS}. */
	public static CustomerSummary summary(ResultSet rs) throws SQLException {
		return new CustomerSummary(rs.getLong(1), CustomerKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), LifecycleStage.valueOf(rs.getString(8)),
				VipTier.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), null);
	}
}
