package org.rapport.contacts.engagement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.rapport.platform.persistence.DatabaseKind;

/** Small JDBC helpers of the engagement tables: parameters, rows, ids from engagement_seq in blocks of 50. */
final class Store {

	/** Reads one row into a value. */
	interface Row<T> {
		T read(ResultSet rs) throws SQLException;
	}

	private Store() {
	}

	static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
		PreparedStatement st = c.prepareStatement(sql);
		for (int i = 0; i < params.size(); i++) {
			Object p = params.get(i);
			if (p == null) {
				// Derby needs the column's type for a NULL; the statement knows it.
				st.setNull(i + 1, st.getParameterMetaData().getParameterType(i + 1));
			} else {
				st.setObject(i + 1, p instanceof Instant t ? Timestamp.from(t) : p);
			}
		}
		return st;
	}

	static <T> List<T> query(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
		List<T> found = new ArrayList<>();
		try (PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				found.add(row.read(rs));
			}
		}
		return found;
	}

	static int update(Connection c, String sql, List<?> params) throws SQLException {
		try (PreparedStatement st = prepare(c, sql, params)) {
			return st.executeUpdate();
		}
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

	/** Ids in blocks of 50 ending at the value the sequence hands out. */
	static final class Ids {
		private final String sql;
		private long next;
		private long last = -1;

		Ids(DatabaseKind kind) {
			sql = kind == DatabaseKind.POSTGRESQL ? "SELECT nextval('engagement_seq')" : "VALUES NEXT VALUE FOR engagement_seq";
		}

		long next(Connection c) throws SQLException {
			if (next > last) {
				try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
					rs.next();
					last = rs.getLong(1);
					next = last - 49;
				}
			}
			return next++;
		}
	}
}
