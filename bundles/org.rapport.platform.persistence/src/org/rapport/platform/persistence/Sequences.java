package org.rapport.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ids for new rows, the one rule of every module: a module's id sequence starts at {@value #BLOCK} and steps by
 * {@value #BLOCK}; each value read ends a block of {@value #BLOCK} ids ({@code value - 49 .. value}). That is how
 * EclipseLink reads a {@code @SequenceGenerator(allocationSize = 50)}, so JPA entities and JDBC bulk writes can draw
 * from the same sequence without ever handing out an id twice. One instance per open database; thread-safe.
 */
public final class Sequences {

	/** Ids per value read; the sequence's increment. */
	public static final int BLOCK = 50;

	private final SqlDialect dialect;
	private final Map<String, Block> blocks = new ConcurrentHashMap<>();

	public Sequences(SqlDialect dialect) {
		this.dialect = dialect;
	}

	/** The next id of the sequence; reads the database once every {@value #BLOCK} ids, on the caller's connection. */
	public long next(Connection c, String sequence) throws SQLException {
		return blocks.computeIfAbsent(sequence, s -> new Block(dialect.nextValueQuery(s))).next(c);
	}

	private static final class Block {
		private final String sql;
		private long next;
		private long last = -1;

		Block(String sql) {
			this.sql = sql;
		}

		synchronized long next(Connection c) throws SQLException {
			if (next > last) {
				try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
					rs.next();
					last = rs.getLong(1);
					next = last - BLOCK + 1;
				}
			}
			return next++;
		}
	}
}
