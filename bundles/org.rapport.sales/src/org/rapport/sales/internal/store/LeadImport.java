package org.rapport.sales.internal.store;

import java.io.Reader;
import java.sql.PreparedStatement;
import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.internal.LeadFile;

/**
 * A file of leads ({@link LeadFile}) written in bulk SQL as it is read: all of them in one transaction, each with its
 * first history line, audited once; nothing when it is refused (a fault found after the first leads were sent rolls
 * them back) or cancelled. Only a batch is held in memory, so a file of any length can be imported.
 */
public final class LeadImport {

	private static final int BATCH = 1000;

	private final Database database;
	private final AuditLog audit;

	public LeadImport(Database database, AuditLog audit) {
		this.database = database;
		this.audit = audit;
	}

	/** @return how many leads were added */
	public int read(Reader csv, String fileName, String user, IProgressMonitor monitor) {
		Instant now = Instant.now();
		Jdbc jdbc = database.jdbc();
		return jdbc.inTransaction(c -> {
			int[] added = { 0 };
			try (PreparedStatement insert = c.prepareStatement(LeadStore.INSERT);
					PreparedStatement history = c.prepareStatement(LeadStore.HISTORY)) {
				LeadFile.read(csv, fileName, in -> {
					long id = jdbc.nextId(c, "sales_seq");
					Rows.bind(insert, LeadStore.row(id, in, now));
					insert.addBatch();
					Rows.bind(history, LeadStore.historyRow(id, LeadStatus.NEW, now, user, ""));
					history.addBatch();
					if (++added[0] % BATCH == 0) {
						insert.executeBatch();
						history.executeBatch();
						if (monitor != null) {
							monitor.worked(BATCH);
							if (monitor.isCanceled()) {
								throw new OperationCanceledException();
							}
						}
					}
				});
				insert.executeBatch();
				history.executeBatch();
			}
			audit.record(c, "sales.lead", "*", "imported", null, added[0] + " from " + fileName);
			return added[0];
		});
	}
}
