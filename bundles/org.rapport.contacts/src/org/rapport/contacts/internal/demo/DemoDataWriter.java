package org.rapport.contacts.internal.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.store.CustomerRows;
import org.rapport.platform.persistence.Jdbc;

/** Writes demo customers in commits of a few thousand rows, fast enough for a million. */
public final class DemoDataWriter {

	private static final int BATCH = 2_000;

	private final Jdbc jdbc;
	private final String region;
	private final String user;

	public DemoDataWriter(Jdbc jdbc, String region, String user) {
		this.jdbc = jdbc;
		this.region = region;
		this.user = user;
	}

	/** Writes {@code count} customers; cancelling keeps what was committed so far. */
	public int write(DemoCustomers customers, int count, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, count);
		Random dates = new Random(count);
		int written = 0;
		while (written < count) {
			int batch = Math.min(BATCH, count - written);
			// One transaction per batch: a cancelled run keeps the batches before.
			jdbc.change(c -> {
				try (CustomerRows rows = new CustomerRows(jdbc, c, user)) {
					for (int i = 0; i < batch; i++) {
						if (progress.isCanceled()) {
							throw new OperationCanceledException();
						}
						CustomerInput in = customers.next();
						Instant created = Instant.now().minus(dates.nextInt(730), ChronoUnit.DAYS);
						rows.add(in, CustomerKeys.of(in, region), Timestamp.from(created));
					}
					rows.flush();
				}
			});
			written += batch;
			progress.worked(batch);
		}
		return written;
	}
}
