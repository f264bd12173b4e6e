package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.rapport.platform.persistence.Rows;
import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadInput;
import org.rapport.sales.LeadStatus;

/** Rows of sales_lead and sales_lead_history. */
final class LeadStore {

	static final String COLUMNS = "id, name, company, email, phone, source, region, status, owner_login, lost_reason,"
			+ " customer_id, opportunity_id, created_at";

	private LeadStore() {
	}

	static List<Lead> read(Connection c, String sql, List<?> params) throws SQLException {
		return Rows.query(c, sql, params, rs -> new Lead(rs.getLong(1), rs.getString(2), text(rs.getString(3)),
				text(rs.getString(4)), text(rs.getString(5)), rs.getString(6), text(rs.getString(7)),
				LeadStatus.valueOf(rs.getString(8)), rs.getString(9), text(rs.getString(10)),
				(Long) rs.getObject(11, Long.class), (Long) rs.getObject(12, Long.class), rs.getTimestamp(13).toInstant()));
	}

	static void insert(PreparedStatement st, long id, LeadInput in, Instant now) throws SQLException {
		st.setLong(1, id);
		st.setString(2, in.name().strip());
		st.setString(3, text(in.company()));
		st.setString(4, text(in.email()));
		st.setString(5, text(in.phone()));
		st.setString(6, in.source() == null || in.source().isBlank() ? "web" : in.source().strip());
		st.setString(7, text(in.region()));
		st.setString(8, AssignmentStrategy.Team.regionKey(in.region()));
		st.setString(9, LeadStatus.NEW.name());
		st.setTimestamp(10, Timestamp.from(now));
	}

	static final String INSERT = "INSERT INTO sales_lead (id, name, company, email, phone, source, region, region_key,"
			+ " status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	static final String HISTORY = "INSERT INTO sales_lead_history (lead_id, status, changed_at, changed_by, reason)"
			+ " VALUES (?, ?, ?, ?, ?)";

	static void history(PreparedStatement st, long id, LeadStatus status, Instant at, String by, String reason)
			throws SQLException {
		st.setLong(1, id);
		st.setString(2, status.name());
		st.setTimestamp(3, Timestamp.from(at));
		st.setString(4, by);
		st.setString(5, text(reason));
	}

	static String text(String value) {
		return value == null ? "" : value.strip();
	}
}
