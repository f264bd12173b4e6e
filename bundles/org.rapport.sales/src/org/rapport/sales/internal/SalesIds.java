package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.rapport.platform.persistence.DatabaseKind;

/** Ids from sales_seq, which steps by 50: each value drawn gives 50 ids. */
final class SalesIds {

	private final String sql;
	private long next;
	private long end;

	SalesIds(DatabaseKind kind) {
		sql = kind == DatabaseKind.POSTGRESQL ? "SELECT nextval('sales_seq')" : "VALUES NEXT VALUE FOR sales_seq";
	}

	long next(Connection c) throws SQLException {
		if (next == end) {
			try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
				rs.next();
				next = rs.getLong(1);
				end = next + 50;
			}
		}
		return next++;
	}
}
