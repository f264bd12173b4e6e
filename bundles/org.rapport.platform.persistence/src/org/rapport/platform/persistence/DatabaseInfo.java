package org.rapport.platform.persistence;

import java.util.Map;

/**
 * What the user is connected to, for the status line, Help &gt; About and {@code rapport:db-info}.
 *
 * @param kind       embedded, Derby server or PostgreSQL
 * @param location   folder of the embedded database, or host:port/name of a server
 * @param user       the database user
 * @param product    product name and version reported by the driver, empty until open
 * @param changeSets applied change sets per changelog id, empty until open
 * @param administrator whether the session belongs to the installation's administrator (always on the embedded
 *                      database; on a server the database's owner, who alone migrates and manages people)
 * @param passwordChangeRequired whether the signed-in person holds a one-time password and must choose their own
 */
public record DatabaseInfo(DatabaseKind kind, String location, String user, String product,
		Map<String, Integer> changeSets, boolean administrator, boolean passwordChangeRequired) {

	/** Before the database is open. */
	public DatabaseInfo(DatabaseKind kind, String location, String user) {
		this(kind, location, user, "", Map.of(), false, false);
	}

	public DatabaseInfo {
		changeSets = Map.copyOf(changeSets);
	}
}
