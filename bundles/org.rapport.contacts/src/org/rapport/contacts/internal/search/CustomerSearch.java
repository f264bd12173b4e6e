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
 * Pages of the customer list in SQL: keyset paging on (sort_key, id), never a count or a full load. A typed
 * filter becomes prefix queries on the indexed search keys, one per key, united.
 */
public final class CustomerSearch {

	/** Columns of a list line, in the order {@link #summary} reads them. */
	public static final String COLUMNS = "id, kind, display_name, company, primary_email, primary_phone, city,"
			+ " lifecycle_stage, vip_tier, owner_login, sort_key";

	private CustomerSearch() {
	}

	public static List<CustomerSummary> page(DataSource dataSource, CustomerQuery query) throws SQLException {
		List<Object> params = new ArrayList<>();
		String common = commonConditions(query, params);
		String sql;
		List<String> keys = matchingKeys(query.text());
		if (keys.isEmpty()) {
			sql = "SELECT " + COLUMNS + " FROM contacts_customer WHERE 1=1" + common;
		} else {
			List<Object> all = new ArrayList<>();
			StringBuilder union = new StringBuilder();
			for (String branch : keys) {
				String column = branch.substring(0, branch.indexOf('='));
				String prefix = branch.substring(branch.indexOf('=') + 1);
				if (union.length() > 0) {
					union.append(" UNION ");
				}
				union.append("SELECT ").append(COLUMNS).append(" FROM contacts_customer WHERE ").append(column)
						.append(" LIKE ? ESCAPE '!'").append(common);
				all.add(escape(prefix) + "%");
				all.addAll(params);
			}
			sql = "SELECT " + COLUMNS + " FROM (" + union + ") AS matched WHERE 1=1";
			params = all;
		}
		sql += " ORDER BY sort_key, id FETCH FIRST " + Math.max(1, Math.min(query.limit(), 1000)) + " ROWS ONLY";
		try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
			for (int i = 0; i < params.size(); i++) {
				st.setObject(i + 1, params.get(i));
			}
			List<CustomerSummary> page = new ArrayList<>();
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					page.add(summary(rs));
				}
			}
			return page;
		}
	}

	/** One list line from a row selected with {@link #COLUMNS}. */
	public static CustomerSummary summary(ResultSet rs) throws SQLException {
		return new CustomerSummary(rs.getLong(1), CustomerKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), LifecycleStage.valueOf(rs.getString(8)),
				VipTier.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11));
	}

	/** Conditions every branch shares: saved view and the keyset position. */
	private static String commonConditions(CustomerQuery query, List<Object> params) {
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
		if (query.after() != null) {
			where.append(" AND (sort_key > ? OR (sort_key = ? AND id > ?))");
			params.add(query.after().sortKey());
			params.add(query.after().sortKey());
			params.add(query.after().id());
		}
		return where.toString();
	}

	/** column=prefix pairs for what the user typed; empty when nothing was typed. */
	static List<String> matchingKeys(String text) {
		String folded = SearchKeys.fold(text);
		List<String> keys = new ArrayList<>();
		if (folded.isEmpty()) {
			return keys;
		}
		keys.add("name_key=" + folded);
		keys.add("name2_key=" + folded);
		keys.add("company_key=" + folded);
		keys.add("email_key=" + folded);
		String compact = folded.replace(" ", "");
		if (SearchKeys.hasHan(compact)) {
			keys.add("pinyin_key=" + SearchKeys.pinyin(compact));
		} else if (compact.chars().allMatch(Character::isLetter)) {
			keys.add("pinyin_key=" + compact);
			keys.add("initials_key=" + compact);
		}
		String digits = SearchKeys.typedDigits(text);
		if (digits != null) {
			keys.add("phone_key=" + PhoneKeys.nationalPrefix(digits));
			keys.add("phone_intl_key=" + digits);
		}
		return keys;
	}

	/** Typed % and _ are letters to the user, not wildcards. */
	private static String escape(String prefix) {
		return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}
}
