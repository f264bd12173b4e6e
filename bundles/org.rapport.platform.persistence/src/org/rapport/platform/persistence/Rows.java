package org.rapport.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Plain JDBC: reads rows (the query, its parameters in order, and how one row becomes a value), and runs a change
 * with its parameters on a connection the caller holds.
 */
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

	/** Runs an INSERT, UPDATE or DELETE inside the caller's transaction; returns how many rows it changed. */
	public static int update(Connection c, String sql, Object... params) throws SQLException {
		try (PreparedStatement st = c.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				st.setObject(i + 1, params[i]);
			}
			return st.executeUpdate();
		}
	}
}
