package org.rapport.contacts.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.DuplicatePair;
import org.rapport.contacts.DuplicatePair.Reason;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.search.CustomerSearch;
import org.rapport.platform.persistence.Rows;

/**
 * The SQL of duplicate detection, on the indexed search keys: equal email or phone keys, and at the same
 * company a name that is close (Jaro-Winkler on the folded name, or the same pinyin for Chinese names).
 */
public final class DuplicateQueries {

	/** Names at least this close count as the same person. */
	static final double SIMILAR = 0.92;

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private DuplicateQueries() {
	}

	public static List<CustomerSummary> candidates(Connection c, CustomerKeys keys) throws SQLException {
		Map<Long, CustomerSummary> found = new LinkedHashMap<>();
		exact(c, "email_key", keys.emailKey(), found);
		exact(c, "phone_intl_key", keys.phoneIntlKey(), found);
		if (keys.companyKey() != null && keys.nameKey().length() >= 2) {
			String sql = "SELECT " + CustomerSearch.COLUMNS + ", name_key, pinyin_key FROM contacts_customer"
					+ " WHERE company_key = ? AND (name_key LIKE ? OR pinyin_key = ?) FETCH FIRST 50 ROWS ONLY";
			List<CustomerSummary> near = Rows.query(c, sql,
					Arrays.asList(keys.companyKey(), keys.nameKey().substring(0, 1) + "%", keys.pinyinKey()),
					rs -> similar(keys.nameKey(), rs.getString(12))
							|| keys.pinyinKey() != null && keys.pinyinKey().equals(rs.getString(13))
									? CustomerSearch.summary(rs) : null);
			near.stream().filter(Objects::nonNull).forEach(s -> found.putIfAbsent(s.id(), s));
		}
		return new ArrayList<>(found.values());
	}

	static boolean similar(String a, String b) {
		return a != null && b != null && SIMILARITY.apply(a, b) >= SIMILAR;
	}

	/**
	 * Pairs sharing a key: the oldest customer of a group with each of the others (a group of five is four
	 * merges, not ten pairs); each pair once.
	 */
	public static List<DuplicatePair> pairs(Connection c, int limit) throws SQLException {
		List<DuplicatePair> pairs = new ArrayList<>();
		pairs(c, "a.email_key = b.email_key AND a.id = (SELECT MIN(m.id) FROM contacts_customer m"
				+ " WHERE m.email_key = a.email_key)", Reason.SAME_EMAIL, limit, pairs);
		pairs(c, "a.phone_intl_key = b.phone_intl_key AND a.id = (SELECT MIN(m.id) FROM contacts_customer m"
				+ " WHERE m.phone_intl_key = a.phone_intl_key)", Reason.SAME_PHONE, limit, pairs);
		pairs(c, "a.company_key = b.company_key AND (a.name_key = b.name_key OR a.pinyin_key = b.pinyin_key)",
				Reason.SIMILAR_NAME_SAME_COMPANY, limit, pairs);
		return pairs.size() > limit ? pairs.subList(0, limit) : pairs;
	}

	private static void pairs(Connection c, String join, Reason reason, int limit, List<DuplicatePair> into)
			throws SQLException {
		if (into.size() >= limit) {
			return;
		}
		String sql = "SELECT a.id, b.id FROM contacts_customer a JOIN contacts_customer b ON " + join
				+ " AND a.id < b.id ORDER BY a.id, b.id FETCH FIRST " + (limit - into.size()) + " ROWS ONLY";
		List<long[]> ids = Rows.query(c, sql, List.of(), rs -> new long[] { rs.getLong(1), rs.getLong(2) });
		for (long[] pair : ids) {
			boolean known = into.stream().anyMatch(p -> p.first().id() == pair[0] && p.second().id() == pair[1]);
			if (!known) {
				into.add(new DuplicatePair(byId(c, pair[0]), byId(c, pair[1]), reason));
			}
		}
	}

	private static CustomerSummary byId(Connection c, long id) throws SQLException {
		return Rows.first(c, "SELECT " + CustomerSearch.COLUMNS + " FROM contacts_customer WHERE id = ?", List.of(id),
				CustomerSearch::summary).orElseThrow();
	}

	private static void exact(Connection c, String column, String key, Map<Long, CustomerSummary> found)
			throws SQLException {
		if (key == null) {
			return;
		}
		Rows.query(c, "SELECT " + CustomerSearch.COLUMNS + " FROM contacts_customer WHERE " + column
				+ " = ? FETCH FIRST 20 ROWS ONLY", List.of(key), CustomerSearch::summary)
				.forEach(s -> found.putIfAbsent(s.id(), s));
	}
}
