package org.rapport.platform.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.platform.audit.AuditCheck;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.SqlDialect;

/**
 * The audit log's hash chain. Appending takes the head row's lock (so entries are numbered in the order their
 * transactions commit), hashes the entry with the previous hash, and moves the head; checking recomputes the hashes in
 * chain order and names the first entry that does not follow.
 */
final class AuditChain {

	private static final int MAX_VALUE = 4000;
	private static final String CLIENT = client();

	private AuditChain() {
	}

	static void append(Connection c, SqlDialect dialect, String user, String entityType, String entityId, String field,
			String oldValue, String newValue) throws SQLException {
		// Milliseconds: what every database keeps exactly, so the hash can be recomputed from the stored value.
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String before = clip(oldValue);
		String after = clip(newValue);
		Rows.update(c, "UPDATE platform_audit_head SET chain_no = chain_no + 1 WHERE id = 1");
		Object[] head = Rows.first(c, "SELECT chain_no, row_hash FROM platform_audit_head WHERE id = 1", List.of(),
				rs -> new Object[] { rs.getLong(1), rs.getString(2) }).orElseThrow();
		long number = (Long) head[0];
		String hash = hash((String) head[1], number, at, user, entityType, entityId, field, before, after, CLIENT);
		Rows.update(c, "INSERT INTO platform_audit_log (id, changed_at, user_login, entity_type, entity_id, field,"
				+ " old_value, new_value, chain_no, row_hash, client) VALUES (" + dialect.nextValue("platform_audit_seq")
				+ ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.from(at), user, entityType, entityId, field, before, after,
				number, hash, CLIENT);
		Rows.update(c, "UPDATE platform_audit_head SET row_hash = ? WHERE id = 1", hash);
	}

	static AuditCheck verify(Connection c) throws SQLException {
		long beforeChain = Rows.first(c, "SELECT COUNT(*) FROM platform_audit_log WHERE chain_no IS NULL", List.of(),
				rs -> rs.getLong(1)).orElse(0L);
		long headNumber = Rows.first(c, "SELECT chain_no FROM platform_audit_head WHERE id = 1", List.of(),
				rs -> rs.getLong(1)).orElse(0L);
		String previous = "-";
		long expected = 1;
		try (java.sql.PreparedStatement st = c.prepareStatement("SELECT chain_no, changed_at, user_login, entity_type,"
				+ " entity_id, field, old_value, new_value, client, row_hash, id FROM platform_audit_log"
				+ " WHERE chain_no IS NOT NULL ORDER BY chain_no")) {
			st.setFetchSize(1000);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					long number = rs.getLong(1);
					if (number != expected) {
						return new AuditCheck(expected - 1, beforeChain, expected,
								NLS.bind(Messages.Audit_missing, expected, number - 1));
					}
					String hash = hash(previous, number, rs.getTimestamp(2).toInstant(), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
							rs.getString(9));
					if (!hash.equals(rs.getString(10))) {
						return new AuditCheck(expected - 1, beforeChain, number,
								NLS.bind(Messages.Audit_altered, number, rs.getLong(11)));
					}
					previous = hash;
					expected++;
				}
			}
		}
		if (expected - 1 != headNumber) {
			return new AuditCheck(expected - 1, beforeChain, expected, NLS.bind(Messages.Audit_missing, expected,
					headNumber));
		}
		return new AuditCheck(expected - 1, beforeChain, 0, "");
	}

	private static String hash(String previous, long number, Instant at, String... values) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update((previous + '\u001e' + number + '\u001e' + at.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
			for (String value : values) {
				// Null and empty differ: the separator is followed by a mark of which it is.
				sha.update(('\u001e' + (value == null ? "\u0000" : "\u0001" + value)).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String clip(String value) {
		return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "\u2026";
	}

	/** Where changes come from: the program (workbench or headless) and the computer. */
	private static String client() {
		String host;
		try {
			host = java.net.InetAddress.getLocalHost().getHostName();
		} catch (java.io.IOException e) {
			host = "?";
		}
		String client = System.getProperty("rapport.client", "workbench") + "@" + host;
		return client.length() > 200 ? client.substring(0, 200) : client;
	}
}
