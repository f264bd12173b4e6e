package org.rapport.contacts.internal.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSort;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.internal.segments.SegmentConditions;
import org.rapport.platform.persistence.Rows;

/**
 * Pages of the customer list in SQL, never a count or a full load. Every list is a sequence of legs, each
 * reading one index in (column, id) order and stopping at the page size, so that a one-letter filter on a
 * million customers costs no more than a long one. A typed filter has one leg per search key (names first),
 * and a customer found by an earlier key is not repeated by a later one; a sorted list has a leg for the
 * customers with a value and one for those without.
 */
public final class CustomerSearch {

	/** Columns of a list line, in the order {@link #summary} reads them. */
	public static final String COLUMNS = "id, kind, display_name, company, primary_email, primary_phone, city,"
			+ " lifecycle_stage, vip_tier, owner_login, sort_key";

	private CustomerSearch() {
	}

	/** One page of the list, read on the caller's connection. */
	public static List<CustomerSummary> page(Connection c, CustomerQuery query) throws SQLException {
		int limit = Math.max(1, Math.min(query.limit(), 1000));
		Leg field = FieldFilter.parse(c, query.text());
		List<Leg> legs = field != null ? List.of(field) : filterLegs(SearchKey.forText(query.text()));
		return read(c, query, legs.isEmpty() ? sortLegs(query.sort()) : legs, limit);
	}

	private static List<Leg> filterLegs(List<SearchKey> keys) {
		List<Leg> legs = new ArrayList<>();
		for (int k = 0; k < keys.size(); k++) {
			SearchKey key = keys.get(k);
			StringBuilder where = new StringBuilder(key.column() + " LIKE ? ESCAPE '!'");
			List<Object> params = new ArrayList<>(List.of(key.likePattern()));
			for (SearchKey earlier : keys.subList(0, k)) {
				// Found already by an earlier key: not again. NULL keys never match LIKE, hence the OR.
				where.append(" AND (").append(earlier.column()).append(" IS NULL OR ").append(earlier.column())
						.append(" NOT LIKE ? ESCAPE '!')");
				params.add(earlier.likePattern());
			}
			legs.add(new Leg(Leg.CUSTOMERS, where.toString(), params, key.column(), "id"));
		}
		return legs;
	}

	private static List<Leg> sortLegs(CustomerSort sort) {
		String column = switch (sort) {
		case NAME -> null;
		case COMPANY -> "company_key";
		case CITY -> "city";
		case EMAIL -> "email_key";
		};
		if (column == null) {
			return List.of(Leg.of("1 = 1", "sort_key"));
		}
		return List.of(Leg.of(column + " IS NOT NULL", column), Leg.of(column + " IS NULL", "sort_key"));
	}

	private static List<CustomerSummary> read(Connection c, CustomerQuery query, List<Leg> legs, int limit)
			throws SQLException {
		List<CustomerSummary> page = new ArrayList<>();
		Cursor from = Cursor.parse(query.after());
		for (int k = from.key(); k < legs.size() && page.size() < limit; k++) {
			Leg leg = legs.get(k);
			List<Object> params = new ArrayList<>(leg.params());
			StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", " + leg.column() + " FROM " + leg.from()
					+ " WHERE " + leg.where());
			sql.append(view(c, query, params));
			if (k == from.key() && from.value() != null) {
				// The >= gives the database a start key in the index; an OR alone would make it scan.
				sql.append(" AND ").append(leg.column()).append(" >= ? AND (").append(leg.column()).append(" > ? OR ")
						.append(leg.id()).append(" > ?)");
				params.add(from.value());
				params.add(from.value());
				params.add(from.id());
			}
			sql.append(" ORDER BY ").append(leg.column()).append(", ").append(leg.id()).append(" FETCH FIRST ")
					.append(limit - page.size()).append(" ROWS ONLY");
			int position = k;
			page.addAll(Rows.query(c, sql.toString(), params,
					rs -> summary(rs).at(new Cursor(position, rs.getString(12), rs.getLong(1)).toString())));
		}
		return page;
	}

	/** Conditions of the saved view: owner, VIP, tag, segment. */
	private static String view(Connection c, CustomerQuery query, List<Object> params) throws SQLException {
		StringBuilder where = new StringBuilder();
		if (query.segment() != null) {
			where.append(" AND ").append(SegmentConditions.members(c, query.segment(), params));
		}
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

	/** One list line from a row selected with {@link #COLUMNS}. */
	public static CustomerSummary summary(ResultSet rs) throws SQLException {
		return new CustomerSummary(rs.getLong(1), CustomerKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), LifecycleStage.valueOf(rs.getString(8)),
				VipTier.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), null);
	}
}
