package org.rapport.contacts.internal.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.io.ContactRows;
import org.rapport.contacts.internal.io.ImportRow;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.store.FieldValueRows;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.Jdbc;

/**
 * Imports customers all or nothing: every accepted row is written in one transaction, so a cancelled or
 * crashed import leaves nothing behind and can simply be run again. Rejected rows go to a rejects file with
 * their line number and reason, values kept as written or left out to a warnings file beside it; duplicates (same
 * email or phone as a customer already there, or earlier in the file) are skipped, merged into the existing customer,
 * or created anyway. A row the database refuses fails the whole import with a {@link DatabaseException} naming its
 * line. Nothing is kept in memory per row beyond the batch being written, so a file of any length can be imported.
 */
public final class ContactImport {

	/** The outcome, as the command prints it. */
	public record Summary(int imported, int merged, int skipped, int rejected, int warnings, Path rejects,
			Path warningsFile) {

		/** The outcome for the caller: a rejects or warnings file that lists nothing is deleted. */
		public ContactTransfer.Summary finish() throws IOException {
			if (rejected == 0) {
				Files.deleteIfExists(rejects);
			}
			if (warnings == 0) {
				Files.deleteIfExists(warningsFile);
			}
			return new ContactTransfer.Summary(imported, merged, skipped, rejected, warnings,
					rejected == 0 ? null : rejects, warnings == 0 ? null : warningsFile);
		}

		/** {@code imported N, merged M, skipped S, rejected R, warnings W} */
		public String text() {
			return NLS.bind(Messages.Import_summary, new Object[] { imported, merged, skipped, rejected, warnings });
		}
	}

	private static final String AUDIT_TYPE = "contacts.import";
	/** Length of the audit log's record id, which holds the file's name. */
	private static final int AUDIT_ID_LENGTH = 64;

	private final Jdbc jdbc;
	private final String region;
	private final String user;
	private AuditLog audit;
	private String source;

	public ContactImport(Jdbc jdbc, String region, String user) {
		this.jdbc = jdbc;
		this.region = region;
		this.user = user;
	}

	/** Records each import's outcome in the audit log under the file's name, committed with the imported rows. */
	public ContactImport audited(AuditLog log, Path file) {
		String name = file.getFileName().toString();
		this.audit = log;
		this.source = name.length() <= AUDIT_ID_LENGTH ? name : name.substring(0, AUDIT_ID_LENGTH - 1) + "\u2026";
		return this;
	}

	/**
	 * Imports the rows in one transaction. The warnings go to the file {@link ImportReport#warningsFile} names beside
	 * the rejects file.
	 *
	 * @throws DatabaseException          when the database refused a row (the message names its line); nothing is
	 *                                    imported
	 * @throws OperationCanceledException when cancelled; nothing is imported
	 * @throws IllegalArgumentException   when the file turned out to be unreadable (a value too large, say: the message
	 *                                    names its line); nothing is imported
	 */
	public Summary run(Iterator<ImportRow> rows, Path rejectsFile, OnDuplicate onDuplicate, IProgressMonitor monitor)
			throws IOException {
		String numbering = rows instanceof ContactRows file ? file.numbering() : "line";
		try (ImportReport report = new ImportReport(rejectsFile, numbering)) {
			return jdbc.inTransaction(c -> write(c, rows, report, onDuplicate, monitor));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private Summary write(Connection c, Iterator<ImportRow> rows, ImportReport report, OnDuplicate onDuplicate,
			IProgressMonitor monitor) throws SQLException {
		int imported = 0;
		int merged = 0;
		int skipped = 0;
		Timestamp now = Timestamp.from(Instant.now());
		try (NewCustomers inserts = new NewCustomers(jdbc, c, user, now); Duplicates existing = new Duplicates(jdbc, c);
				FieldValueRows values = new FieldValueRows(c)) {
			while (rows.hasNext()) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				ImportRow row = rows.next();
				if (row.rejected()) {
					report.reject(row);
					continue;
				}
				// Found and matched by what was understood: an address that is not one matches nothing.
				CustomerKeys keys = CustomerKeys.of(row.verified(), region);
				MatchKeys match = MatchKeys.of(keys);
				try {
					Long found = null;
					if (onDuplicate != OnDuplicate.CREATE && !match.isEmpty()) {
						// A row repeating one of the batch not yet sent: send it, so that the database finds it.
						if (inserts.holds(match)) {
							inserts.flush();
						}
						found = existing.find(match);
					}
					if (found != null && onDuplicate == OnDuplicate.MERGE) {
						existing.merge(found, row.input(), keys, now);
						for (var value : row.custom().entrySet()) {
							values.addIfAbsent(found, value.getKey(), value.getValue());
						}
						report.warn(row);
						merged++;
					} else if (found != null) {
						skipped++;
					} else {
						imported++;
						report.warn(row);
						if (inserts.add(row, keys, match)) {
							monitor.worked(NewCustomers.BATCH);
						}
					}
				} catch (SQLException e) {
					throw NewCustomers.refused(row.line(), e);
				}
			}
			inserts.flush();
		}
		Summary summary = new Summary(imported, merged, skipped, report.rejected(), report.warnings(),
				report.rejectsFile(), report.warningsFile());
		if (audit != null) {
			audit.record(c, AUDIT_TYPE, source, "*", null, summary.text());
		}
		return summary;
	}
}
