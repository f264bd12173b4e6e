package org.rapport.sales.internal.store;

import java.io.Reader;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.sales.LeadInput;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.internal.LeadFile;

/**
 * A file of leads ({@link LeadFile}) written in bulk SQL: all of them in one transaction, each with its first history
 * line, audited once; nothing when it is refused or cancelled.
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
		List<LeadInput> leads = LeadFile.read(csv, fileName);
		Instant now = Instant.now();
		Jdbc jdbc = database.jdbc();
		jdbc.change(c -> {
			try (PreparedStatement insert = c.prepareStatement(LeadStore.INSERT);
					PreparedStatement history = c.prepareStatement(LeadStore.HISTORY)) {
				int added = 0;
				for (LeadInput in : leads) {
					long id = jdbc.nextId(c, "sales_seq");
					Rows.bind(insert, LeadStore.row(id, in, now));
					insert.addBatch();
					Rows.bind(history, LeadStore.historyRow(id, LeadStatus.NEW, now, user, ""));
					history.addBatch();
					if (++added % BATCH == 0) {
						insert.executeBatch();
						history.executeBatch();
						if (monitor != null) {
							monitor.worked(BATCH);
							if (monitor.isCanceled()) {
								throw new OperationCanceledException();
							}
						}
					}
				}
				insert.executeBatch();
				history.executeBatch();
			}
			audit.record(c, "sales.lead", "*", "imported", null, leads.size() + " from " + fileName);
		});
		return leads.size();
	}
}
