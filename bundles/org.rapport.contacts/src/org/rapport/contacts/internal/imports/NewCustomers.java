package org.rapport.contacts.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.io.ImportRow;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.store.CustomerRows;
import org.rapport.contacts.internal.store.FieldValueRows;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.Jdbc;

/**
 * The new customers of an import, sent to the database in batches inside the import's transaction. When the database
 * refuses a batch, its rows are sent again one at a time from a savepoint taken before it, to name the line it
 * refused: a user can correct line 1,234, not "one of the last 2,000". The import then fails as a whole.
 */
final class NewCustomers implements AutoCloseable {

	/** Rows per batch. */
	static final int BATCH = 2_000;

	private record Queued(ImportRow row, CustomerKeys keys) {
	}

	/** Match keys of the rows queued, prefixed {@code e:} and {@code p:}: the database cannot find them yet. */
	private final Set<String> queuedKeys = new HashSet<>();

	private final Jdbc jdbc;
	private final Connection connection;
	private final String user;
	private final Timestamp now;
	private final CustomerRows customers;
	private final FieldValueRows values;
	private final List<Queued> queued = new ArrayList<>();

	NewCustomers(Jdbc jdbc, Connection connection, String user, Timestamp now) throws SQLException {
		this.jdbc = jdbc;
		this.connection = connection;
		this.user = user;
		this.now = now;
		// Files carry no credit limit: the sensitive column is not named, so anyone allowed to import may (the server
		// grants it by column).
		this.customers = new CustomerRows(jdbc, connection, user, false);
		this.values = new FieldValueRows(connection);
	}

	/** Queues a row; returns true when that completed a batch, which was sent. */
	boolean add(ImportRow row, CustomerKeys keys, MatchKeys match) throws SQLException {
		queue(customers, values, row, keys);
		queued.add(new Queued(row, keys));
		if (match.email() != null) {
			queuedKeys.add("e:" + match.email());
		}
		if (match.phone() != null) {
			queuedKeys.add("p:" + match.phone());
		}
		if (queued.size() < BATCH) {
			return false;
		}
		flush();
		return true;
	}

	/** Whether a row not yet sent has one of these keys. */
	boolean holds(MatchKeys match) {
		return match.email() != null && queuedKeys.contains("e:" + match.email())
				|| match.phone() != null && queuedKeys.contains("p:" + match.phone());
	}

	/** Sends the queued rows. @throws DatabaseException naming the line the database refused */
	void flush() throws SQLException {
		if (queued.isEmpty()) {
			return;
		}
		Savepoint before = connection.setSavepoint();
		try {
			customers.flush();
			values.flush();
		} catch (SQLException e) {
			throw refusedIn(e, before);
		}
		connection.releaseSavepoint(before);
		queued.clear();
		queuedKeys.clear();
	}

	/** The failure of an import at a line, with the database's reason in words a user can read. */
	static DatabaseException refused(long line, SQLException e) {
		return new DatabaseException(NLS.bind(Messages.Import_lineRefused, line, DatabaseException.of(e).getMessage()),
				e);
	}

	private DatabaseException refusedIn(SQLException failure, Savepoint before) {
		try {
			connection.rollback(before);
			try (CustomerRows one = new CustomerRows(jdbc, connection, user, false);
					FieldValueRows oneValues = new FieldValueRows(connection)) {
				for (Queued q : queued) {
					try {
						queue(one, oneValues, q.row(), q.keys());
						one.flush();
						oneValues.flush();
					} catch (SQLException e) {
						e.addSuppressed(failure);
						return refused(q.row().line(), e);
					}
				}
			}
		} catch (SQLException e) {
			// The database ended the whole transaction (a deadlock, a lost connection): no line to name.
			failure.addSuppressed(e);
		}
		String reason = DatabaseException.of(failure).getMessage();
		return new DatabaseException(NLS.bind(Messages.Import_batchRefused,
				new Object[] { queued.get(0).row().line(), queued.get(queued.size() - 1).row().line(), reason }),
				failure);
	}

	private void queue(CustomerRows rows, FieldValueRows fieldValues, ImportRow row, CustomerKeys keys)
			throws SQLException {
		long id = rows.add(row.input(), keys, now);
		for (Map.Entry<String, String> value : row.custom().entrySet()) {
			fieldValues.add(id, value.getKey(), value.getValue());
		}
	}

	@Override
	public void close() throws SQLException {
		try (FieldValueRows v = values) {
			customers.close();
		}
	}
}
