package org.rapport.contacts.internal.segments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.internal.JdbcCustomFields;
import org.rapport.contacts.internal.Messages;

/** The SQL condition on contacts_customer that selects a segment's members, for lists and exports. */
public final class SegmentConditions {

	private SegmentConditions() {
	}

	/**
	 * The condition (without a leading AND) selecting the members, adding its parameters.
	 *
	 * @throws IllegalArgumentException when there is no such segment
	 */
	public static String members(Connection c, long segment, List<Object> params) throws SQLException {
		String rule;
		try (PreparedStatement st = c.prepareStatement("SELECT rule_text FROM contacts_segment WHERE id = ?")) {
			st.setLong(1, segment);
			try (ResultSet rs = st.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalArgumentException(NLS.bind(Messages.Segment_notFound, segment));
				}
				rule = rs.getString(1);
			}
		}
		if (rule == null) {
			params.add(segment);
			return "id IN (SELECT m.customer_id FROM contacts_segment_member m WHERE m.segment_id = ?)";
		}
		RuleSql.Compiled compiled = RuleSql.compile(RuleText.parse(rule),
				SegmentFields.catalog(JdbcCustomFields.definitions(c)), LocalDate.now());
		params.addAll(compiled.params());
		return compiled.where();
	}

	/** The id of the segment with this name (case ignored), or -1. */
	public static long named(Connection c, String name) throws SQLException {
		try (PreparedStatement st = c.prepareStatement("SELECT id FROM contacts_segment WHERE LOWER(name) = ?")) {
			st.setString(1, name.strip().toLowerCase(java.util.Locale.ROOT));
			try (ResultSet rs = st.executeQuery()) {
				return rs.next() ? rs.getLong(1) : -1;
			}
		}
	}
}
