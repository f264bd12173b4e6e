package org.rapport.platform.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The one row reader of plain JDBC: a query, its parameters in order, and how one row becomes a value; and a change
 * with its parameters on a connection the caller holds. Parameters may be null (typed from the statement, as Derby
 * needs), {@link Instant}, {@link LocalDate}, {@link LocalDateTime} or enums (stored by name).
 */
public final class Rows {

	/** One row as a value. */
	@FunctionalInterface
	public interface Reader<T> {
		T read(ResultSet rs) throws SQLException;
	}

	private Rows() {
	}

	/** Reads on a connection of its own. @throws DatabaseException with a message a user can read */
	public static <T> List<T> query(DataSource source, String sql, List<?> params, Reader<T> reader) {
		try (Connection c = source.getConnection()) {
			return query(c, sql, params, reader);
		} catch (SQLException e) {
			throw DatabaseException.of(e);
		}
	}

	/** The same on a connection the caller holds (inside its transaction). */
	public static <T> List<T> query(Connection c, String sql, List<?> params, Reader<T> reader) throws SQLException {
		List<T> found = new ArrayList<>();
		try (PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				found.add(reader.read(rs));
			}
		}
		return found;
	}

	/** The first row, if any. */
	public static <T> Optional<T> first(Connection c, String sql, List<?> params, Reader<T> reader)
			throws SQLException {
		try (PreparedStatement st = prepare(c, sql, params)) {
			st.setMaxRows(1);
			try (ResultSet rs = st.executeQuery()) {
				return rs.next() ? Optional.ofNullable(reader.read(rs)) : Optional.empty();
			}
		}
	}

	/** Runs an INSERT, UPDATE or DELETE inside the caller's transaction; returns how many rows it changed. */
	public static int update(Connection c, String sql, Object... params) throws SQLException {
		return update(c, sql, Arrays.asList(params));
	}

	/** The same with the parameters as a list. */
	public static int update(Connection c, String sql, List<?> params) throws SQLException {
		try (PreparedStatement st = prepare(c, sql, params)) {
			return st.executeUpdate();
		}
	}

	/** A statement with its parameters bound; the caller closes it. */
	public static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
		PreparedStatement st = c.prepareStatement(sql);
		try {
			bind(st, params);
		} catch (SQLException | RuntimeException e) {
			st.close();
			throw e;
		}
		return st;
	}

	/** Binds parameters in order, converting time values and enums. */
	public static void bind(PreparedStatement st, List<?> params) throws SQLException {
		for (int i = 0; i < params.size(); i++) {
			Object p = params.get(i);
			if (p == null) {
				// Derby needs the column's type for a NULL; the statement knows it.
				st.setNull(i + 1, st.getParameterMetaData().getParameterType(i + 1));
			} else {
				st.setObject(i + 1, jdbcValue(p));
			}
		}
	}

	private static Object jdbcValue(Object p) {
		if (p instanceof Instant t) {
			return Timestamp.from(t);
		}
		if (p instanceof LocalDate d) {
			return Date.valueOf(d);
		}
		if (p instanceof LocalDateTime t) {
			return Timestamp.valueOf(t);
		}
		if (p instanceof Enum<?> e) {
			return e.name();
		}
		return p;
	}

	public static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	public static LocalDate localDate(ResultSet rs, int column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	public static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

	public static Integer nullableInt(ResultSet rs, int column) throws SQLException {
		int v = rs.getInt(column);
		return rs.wasNull() ? null : v;
	}
}
