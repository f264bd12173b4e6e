package org.rapport.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Reads rows with plain JDBC: the query, its parameters in order, and how one row becomes a value. */
public final class Rows {

	/** One row as a value. */
	@FunctionalInterface
	public interface Reader<T> {
		T read(ResultSet rs) throws SQLException;
	}

	private Rows() {
	}

	/** @throws IllegalStateException wrapping the database's error */
	public static <T> List<T> query(DataSource source, String sql, List<?> params, Reader<T> reader) {
		try (Connection c = source.getConnection()) {
			return query(c, sql, params, reader);
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** The same on a connection the caller holds (inside its transaction). */
	public static <T> List<T> query(Connection c, String sql, List<?> params, Reader<T> reader) throws SQLException {
		List<T> found = new ArrayList<>();
		try (PreparedStatement st = c.prepareStatement(sql)) {
			for (int i = 0; i < params.size(); i++) {
				st.setObject(i + 1, params.get(i));
			}
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					found.add(reader.read(rs));
				}
			}
		}
		return found;
	}
}
