package org.rapport.platform.persistence;

/** Where the data lives. */
public enum DatabaseKind {
	/** Apache Derby inside the application, in the user's data folder. One process at a time. */
	EMBEDDED,
	/** An Apache Derby network server. */
	DERBY_SERVER,
	/** A shared PostgreSQL server. */
	POSTGRESQL;

	/** The name used in rapport.properties and on the command line. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static DatabaseKind fromKey(String key) {
		for (DatabaseKind kind : values()) {
			if (kind.key().equalsIgnoreCase(key.trim())) {
				return kind;
			}
		}
		throw new IllegalArgumentException(key);
	}
}
