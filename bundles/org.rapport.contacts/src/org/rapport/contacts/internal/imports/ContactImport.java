package org.rapport.contacts.internal.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.io.ImportRow;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.store.FieldValueRows;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.validation.FieldError;

/**
 * Imports customers all or nothing: every accepted row is written in one transaction, so a cancelled or
 * crashed import leaves nothing behind and can simply be run again. Rejected rows go to a rejects file with
 * their line number and reason; duplicates (same email or phone as a customer already there, or earlier in
 * the file) are skipped, merged into the existing customer, or created anyway. A row the database refuses
 * fails the whole import with a {@link DatabaseException} naming its line.
 */
public final class ContactImport {

	/** The outcome, as the command prints it. */
	public record Summary(int imported, int merged, int skipped, int rejected, Path rejects) {

		/** The outcome for the caller: the rejects file is deleted when nothing was rejected. */
		public ContactTransfer.Summary finish() throws IOException {
			if (rejected == 0) {
				Files.deleteIfExists(rejects);
			}
			return new ContactTransfer.Summary(imported, merged, skipped, rejected, rejected == 0 ? null : rejects);
		}

		String text() {
			return NLS.bind(Messages.Import_summary, new Object[] { imported, merged, skipped, rejected });
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
	 * Imports the rows in one transaction.
	 *
	 * @throws DatabaseException          when the database refused a row (the message names its line); nothing is
	 *                                    imported
	 * @throws OperationCanceledException when cancelled; nothing is imported
	 */
	public Summary run(Iterator<ImportRow> rows, Path rejectsFile, OnDuplicate onDuplicate, IProgressMonitor monitor)
			throws IOException {
		try (Writer out = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8);
				CSVPrinter rejects = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			rejects.printRecord("line", "field", "reason");
			return jdbc.inTransaction(c -> write(c, rows, rejects, rejectsFile, onDuplicate, monitor));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private Summary write(Connection c, Iterator<ImportRow> rows, CSVPrinter rejects, Path rejectsFile,
			OnDuplicate onDuplicate, IProgressMonitor monitor) throws SQLException {
		int imported = 0;
		int merged = 0;
		int skipped = 0;
		int rejected = 0;
		Set<String> seen = new HashSet<>();
		Timestamp now = Timestamp.from(Instant.now());
		try (NewCustomers inserts = new NewCustomers(jdbc, c, user, now); Duplicates existing = new Duplicates(jdbc, c);
				FieldValueRows values = new FieldValueRows(c)) {
			while (rows.hasNext()) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				ImportRow row = rows.next();
				if (row.rejected()) {
					rejected++;
					reject(rejects, row);
					continue;
				}
				CustomerKeys keys = CustomerKeys.of(row.input(), region);
				try {
					Long match = onDuplicate == OnDuplicate.CREATE ? null : existing.find(keys);
					boolean repeated = onDuplicate != OnDuplicate.CREATE && !remember(seen, keys);
					if (match != null && onDuplicate == OnDuplicate.MERGE) {
						existing.merge(match, row.input(), keys, now);
						for (var value : row.custom().entrySet()) {
							values.addIfAbsent(match, value.getKey(), value.getValue());
						}
						merged++;
					} else if (match != null || repeated) {
						skipped++;
					} else {
						imported++;
						if (inserts.add(row, keys)) {
							monitor.worked(NewCustomers.BATCH);
						}
					}
				} catch (SQLException e) {
					throw NewCustomers.refused(row.line(), e);
				}
			}
			inserts.flush();
		}
		Summary summary = new Summary(imported, merged, skipped, rejected, rejectsFile);
		if (audit != null) {
			audit.record(c, AUDIT_TYPE, source, "*", null, summary.text());
		}
		return summary;
	}

	private static void reject(CSVPrinter rejects, ImportRow row) {
		try {
			for (FieldError e : row.errors()) {
				rejects.printRecord(row.line(), e.field(), e.message());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Adds the row's keys to those seen in this file; false when one was seen already. */
	private static boolean remember(Set<String> seen, CustomerKeys keys) {
		boolean fresh = true;
		if (keys.emailKey() != null) {
			fresh &= seen.add("e:" + keys.emailKey());
		}
		if (keys.phoneIntlKey() != null) {
			fresh &= seen.add("p:" + keys.phoneIntlKey());
		}
		return fresh;
	}
}
