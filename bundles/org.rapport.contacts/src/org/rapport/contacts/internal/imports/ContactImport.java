package org.rapport.contacts.internal.imports;

import java.io.IOException;
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

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.internal.FieldValueRows;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.io.ImportRow;
import org.rapport.platform.audit.AuditLog;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.store.CustomerRows;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.validation.FieldError;

/**
 * Imports customers all or nothing: every accepted row is written in one transaction, so a cancelled or
 * crashed import leaves nothing behind and can simply be run again. Rejected rows go to a rejects file with
 * their line number and reason; duplicates (same email or phone as a customer already there, or earlier in
 * the file) are skipped, merged into the existing customer, or created anyway.
 */
public final class ContactImport {

	/** The outcome, as the command prints it. */
	public record Summary(int imported, int merged, int skipped, int rejected, Path rejects) {

		/** The outcome for the caller and the audit log: the rejects file is deleted when nothing was rejected. */
		public ContactTransfer.Summary finish(AuditLog audit, Path file) throws IOException {
			String text = NLS.bind(Messages.Import_summary, new Object[] { imported, merged, skipped, rejected });
			audit.record("contacts.import", file.getFileName().toString(), "*", null, text);
			if (rejected == 0) {
				Files.deleteIfExists(rejects);
			}
			return new ContactTransfer.Summary(imported, merged, skipped, rejected, rejected == 0 ? null : rejects);
		}
	}

	private static final int BATCH = 2_000;

	private final DataSource dataSource;
	private final DatabaseKind kind;
	private final String region;
	private final String user;

	public ContactImport(DataSource dataSource, DatabaseKind kind, String region, String user) {
		this.dataSource = dataSource;
		this.kind = kind;
		this.region = region;
		this.user = user;
	}

	public Summary run(Iterator<ImportRow> rows, Path rejectsFile, OnDuplicate onDuplicate, IProgressMonitor monitor)
			throws SQLException, IOException {
		int imported = 0;
		int merged = 0;
		int skipped = 0;
		int rejected = 0;
		Set<String> seen = new HashSet<>();
		Timestamp now = Timestamp.from(Instant.now());
		try (Connection c = dataSource.getConnection();
				Writer out = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8);
				CSVPrinter rejects = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			rejects.printRecord("line", "field", "reason");
			c.setAutoCommit(false);
			try (CustomerRows inserts = new CustomerRows(c, kind, user); Duplicates existing = new Duplicates(c);
					FieldValueRows values = new FieldValueRows(c)) {
				while (rows.hasNext()) {
					if (monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
					ImportRow row = rows.next();
					if (row.rejected()) {
						rejected++;
						for (FieldError e : row.errors()) {
							rejects.printRecord(row.line(), e.field(), e.message());
						}
						continue;
					}
					CustomerKeys keys = CustomerKeys.of(row.input(), region);
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
						long id = inserts.add(row.input(), keys, now);
						for (var value : row.custom().entrySet()) {
							values.add(id, value.getKey(), value.getValue());
						}
						imported++;
						if (inserts.pending() == BATCH) {
							inserts.flush();
							values.flush();
							monitor.worked(BATCH);
						}
					}
				}
				inserts.flush();
				values.flush();
				c.commit();
			} catch (SQLException | IOException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		}
		return new Summary(imported, merged, skipped, rejected, rejectsFile);
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
