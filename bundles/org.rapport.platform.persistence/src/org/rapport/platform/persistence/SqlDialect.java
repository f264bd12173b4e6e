package org.rapport.platform.persistence;

/**
 * The few places where Derby and PostgreSQL SQL differ. Everything else a module writes is the SQL both understand
 * (standard joins, {@code FETCH FIRST n ROWS ONLY}, {@code CASE}, {@code COALESCE}).
 */
public enum SqlDialect {
	DERBY, POSTGRESQL;

	public static SqlDialect of(DatabaseKind kind) {
		return kind == DatabaseKind.POSTGRESQL ? POSTGRESQL : DERBY;
	}

	/** A query whose one row and column is the sequence's next value. */
	public String nextValueQuery(String sequence) {
		requireName(sequence);
		return this == POSTGRESQL ? "SELECT nextval('" + sequence + "')" : "VALUES NEXT VALUE FOR " + sequence;
	}

	/** The expression of the sequence's next value, for use inside an INSERT. */
	public String nextValue(String sequence) {
		requireName(sequence);
		return this == POSTGRESQL ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
	}

	private static void requireName(String sequence) {
		if (!sequence.matches("[A-Za-z_][A-Za-z0-9_]{0,127}")) {
			throw new IllegalArgumentException(sequence);
		}
	}
}
