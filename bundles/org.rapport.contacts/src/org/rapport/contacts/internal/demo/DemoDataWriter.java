package org.rapport.contacts.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.store.CustomerRows;
import org.rapport.platform.persistence.DatabaseKind;

/** Writes demo customers in commits of a few thousand rows, fast enough for a million. */
public final class DemoDataWriter {

	private static final int BATCH = 2_000;

	private final DataSource dataSource;
	private final DatabaseKind kind;
	private final String region;
	private final String user;

	public DemoDataWriter(DataSource dataSource, DatabaseKind kind, String region, String user) {
		this.dataSource = dataSource;
		this.kind = kind;
		this.region = region;
		this.user = user;
	}

	/** Writes {@code count} customers; cancelling keeps what was committed so far. */
	public int write(DemoCustomers customers, int count, IProgressMonitor monitor) throws SQLException {
		SubMonitor progress = SubMonitor.convert(monitor, count);
		Random dates = new Random(count);
		int written = 0;
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (CustomerRows rows = new CustomerRows(c, kind, user)) {
				while (written < count) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					CustomerInput in = customers.next();
					Instant created = Instant.now().minus(dates.nextInt(730), ChronoUnit.DAYS);
					rows.add(in, CustomerKeys.of(in, region), Timestamp.from(created));
					written++;
					if (rows.pending() == BATCH || written == count) {
						int sent = rows.pending();
						rows.flush();
						c.commit();
						progress.worked(sent);
					}
				}
			}
		}
		return written;
	}
}
