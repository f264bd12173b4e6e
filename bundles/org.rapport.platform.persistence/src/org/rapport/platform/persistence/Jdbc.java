package org.rapport.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The one JDBC layer of an open database, for set-based reads (lists, search, aggregates, reports) and bulk writes
 * (imports, demo data, mass assignment). Aggregates with identity are JPA entities; when both meet in one unit of
 * work, run the JDBC part on {@link Transactions#connection} of the entity manager's transaction instead.
 * <p>
 * Every failure comes out as a {@link DatabaseException} with a message a user can read; a transaction that fails in
 * any way, database error or not, is rolled back before the connection goes back.
 */
public final class Jdbc {

	/** Work on a connection that returns a value. */
	@FunctionalInterface
	public interface Work<T> {
		T run(Connection c) throws SQLException;
	}

	/** Work on a connection that returns nothing. */
	@FunctionalInterface
	public interface Change {
		void run(Connection c) throws SQLException;
	}

	private final DataSource source;
	private final SqlDialect dialect;
	private final Sequences sequences;

	public Jdbc(DataSource source, SqlDialect dialect) {
		this.source = source;
		this.dialect = dialect;
		this.sequences = new Sequences(dialect);
	}

	public SqlDialect dialect() {
		return dialect;
	}

	/** The connections themselves, for work that manages its own (streaming exports, backups). */
	public DataSource dataSource() {
		return source;
	}

	/** The next id of a module's sequence, by the rule of {@link Sequences}. */
	public long nextId(Connection c, String sequence) throws SQLException {
		return sequences.next(c, sequence);
	}

	/** Runs the work in one transaction: committed when it returns, rolled back when anything goes wrong. */
	public <T> T inTransaction(Work<T> work) {
		try (Connection c = source.getConnection()) {
			boolean autoCommit = c.getAutoCommit();
			c.setAutoCommit(false);
			try {
				T result = work.run(c);
				c.commit();
				return result;
			} catch (SQLException | RuntimeException | Error e) {
				rollback(c, e);
				throw e;
			} finally {
				c.setAutoCommit(autoCommit);
			}
		} catch (SQLException e) {
			throw DatabaseException.of(e);
		}
	}

	/** {@link #inTransaction} for work without a result. */
	public void change(Change work) {
		inTransaction(c -> {
			work.run(c);
			return null;
		});
	}

	/** Reads on a connection of its own, outside any transaction. */
	public <T> T read(Work<T> work) {
		try (Connection c = source.getConnection()) {
			return work.run(c);
		} catch (SQLException e) {
			throw DatabaseException.of(e);
		}
	}

	/** Every row of a query, read by {@code reader}. */
	public <T> List<T> query(String sql, List<?> params, Rows.Reader<T> reader) {
		return read(c -> Rows.query(c, sql, params, reader));
	}

	/** The first row of a query, if there is one. */
	public <T> Optional<T> first(String sql, List<?> params, Rows.Reader<T> reader) {
		return read(c -> Rows.first(c, sql, params, reader));
	}

	private static void rollback(Connection c, Throwable cause) {
		try {
			c.rollback();
		} catch (SQLException e) {
			cause.addSuppressed(e);
		}
	}
}
