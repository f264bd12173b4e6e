package org.rapport.contacts.internal.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.internal.io.ColumnMapping;
import org.rapport.contacts.internal.io.ContactCsvExport;
import org.rapport.contacts.internal.io.ContactCsvReader;
import org.rapport.contacts.internal.io.ContactFileEncoding;
import org.rapport.contacts.internal.io.ImportRow;
import org.rapport.contacts.internal.io.VcardReader;
import org.rapport.contacts.internal.io.VcardWriter;
import org.rapport.contacts.internal.search.PhoneKeys;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

import ezvcard.VCardVersion;

/** Import and export behind the public API, with permission checks and an audit entry per import. */
@Component(service = ContactTransfer.class)
public class TransferService implements ContactTransfer {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Override
	public Preview preview(Path file, int rows) {
		security.checkPermitted(CustomerService.MODULE, Action.IMPORT);
		String region = PhoneKeys.defaultRegion();
		try {
			List<CustomerInput> shown = new ArrayList<>();
			List<String> problems = new ArrayList<>();
			if (ContactTransfer.formatOf(file) == Format.VCARD) {
				collect(VcardReader.open(file, region), rows, shown, problems);
				return new Preview("UTF-8", "", shown, problems);
			}
			Charset charset = ContactFileEncoding.detect(file);
			ColumnMapping mapping = ColumnMapping.auto(ContactCsvReader.headers(file, charset));
			try (ContactCsvReader reader = new ContactCsvReader(file, charset, mapping, region)) {
				collect(reader, rows, shown, problems);
			}
			return new Preview(charset.displayName(), mapping.describe(), shown, problems);
		} catch (IOException e) {
			throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
		}
	}

	private static void collect(Iterator<ImportRow> reader, int rows, List<CustomerInput> shown, List<String> problems) {
		for (int i = 0; i < rows && reader.hasNext(); i++) {
			ImportRow row = reader.next();
			if (row.input() != null) {
				shown.add(row.input());
			}
			row.errors().forEach(e -> problems.add(row.line() + ": " + e.message()));
		}
	}

	@Override
	public Summary importFile(Path file, OnDuplicate onDuplicate, IProgressMonitor monitor) {
		security.checkPermitted(CustomerService.MODULE, Action.IMPORT);
		String region = PhoneKeys.defaultRegion();
		Path rejects = file.resolveSibling(file.getFileName() + ".rejects.csv");
		ContactImport importer = new ContactImport(database.dataSource(), database.info().kind(), region,
				security.currentUser().login());
		try {
			ContactImport.Summary s;
			if (ContactTransfer.formatOf(file) == Format.VCARD) {
				s = importer.run(VcardReader.open(file, region), rejects, onDuplicate, monitor);
			} else {
				Charset charset = ContactFileEncoding.detect(file);
				try (ContactCsvReader reader = ContactCsvReader.open(file, charset, region)) {
					s = importer.run(reader, rejects, onDuplicate, monitor);
				}
			}
			return s.finish(audit, file);
		} catch (IOException | SQLException e) {
			throw new IllegalStateException(file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public int export(Path file, Format format, String tag, IProgressMonitor monitor) {
		security.checkPermitted(CustomerService.MODULE, Action.EXPORT);
		try {
			return switch (format) {
			case CSV -> ContactCsvExport.export(database.dataSource(), file, tag, monitor);
			case VCARD -> VcardWriter.export(database.dataSource(), file, tag, VCardVersion.V4_0);
			case VCARD3 -> VcardWriter.export(database.dataSource(), file, tag, VCardVersion.V3_0);
			};
		} catch (IOException | SQLException e) {
			throw new IllegalStateException(file + ": " + e.getMessage(), e);
		}
	}
}
