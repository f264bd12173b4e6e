package org.rapport.contacts.internal.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.internal.JdbcCustomFields;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.io.ColumnMapping;
import org.rapport.contacts.internal.io.CustomerField;
import org.rapport.contacts.internal.io.ContactCsvExport;
import org.rapport.contacts.internal.io.ContactCsvReader;
import org.rapport.contacts.internal.io.ContactFileEncoding;
import org.rapport.contacts.internal.io.ExportSelection;
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
	public Map<String, String> columnFields() {
		security.checkPermitted(CustomerService.MODULE, Action.IMPORT);
		Map<String, String> fields = new LinkedHashMap<>();
		for (CustomerField field : CustomerField.values()) {
			if (field != CustomerField.CUSTOM) {
				fields.put(field.name(), ColumnMapping.label(field));
			}
		}
		database.jdbc().read(JdbcCustomFields::definitions)
				.forEach(f -> fields.put(ColumnMapping.CUSTOM_PREFIX + f.key(), f.label()));
		return fields;
	}

	@Override
	public Preview preview(Path file, Reading reading, int rows) {
		security.checkPermitted(CustomerService.MODULE, Action.IMPORT);
		String region = PhoneKeys.defaultRegion();
		try {
			List<CustomerInput> shown = new ArrayList<>();
			List<String> problems = new ArrayList<>();
			if (ContactTransfer.formatOf(file) == Format.VCARD) {
				try (VcardReader reader = VcardReader.open(file, fields(), region, reading.strict())) {
					collect(reader, rows, shown, problems, null);
				}
				return new Preview("UTF-8", "", List.of(), List.of(), List.of(), shown, problems);
			}
			Charset charset = charset(file, reading);
			ColumnMapping mapping = mapping(file, charset, reading);
			String[] samples = new String[mapping.headers().size()];
			try (ContactCsvReader reader = new ContactCsvReader(file, charset, mapping, region, reading.strict())) {
				collect(reader, rows, shown, problems, samples);
			}
			List<String> columns = new ArrayList<>();
			for (int i = 0; i < mapping.headers().size(); i++) {
				columns.add(mapping.name(i));
			}
			return new Preview(charset.displayName(), mapping.describe(), mapping.headers(), columns,
					Arrays.stream(samples).map(v -> v == null ? "" : v).toList(), shown, problems);
		} catch (IOException e) {
			throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
		}
	}

	private static void collect(Iterator<ImportRow> reader, int rows, List<CustomerInput> shown, List<String> problems,
			String[] samples) {
		for (int i = 0; i < rows && reader.hasNext(); i++) {
			ImportRow row = reader.next();
			if (row.input() != null) {
				shown.add(row.input());
			}
			if (samples != null && reader instanceof ContactCsvReader csv) {
				List<String> cells = csv.lastRecord();
				for (int c = 0; c < samples.length && c < cells.size(); c++) {
					if (samples[c] == null && cells.get(c) != null && !cells.get(c).isBlank()) {
						samples[c] = cells.get(c).strip();
					}
				}
			}
			row.errors().forEach(e -> problems.add(row.line() + ": " + e.message()));
			row.warnings()
					.forEach(w -> problems.add(w.line() + ": " + w.field() + " \"" + w.value() + "\": " + w.reason()));
		}
	}

	@Override
	public Summary importFile(Path file, Reading reading, OnDuplicate onDuplicate, IProgressMonitor monitor) {
		security.checkPermitted(CustomerService.MODULE, Action.IMPORT);
		String region = PhoneKeys.defaultRegion();
		Path rejects = file.resolveSibling(file.getFileName() + ".rejects.csv");
		ContactImport importer = new ContactImport(database.jdbc(), region, security.currentLogin())
				.audited(audit, file);
		try {
			ContactImport.Summary s;
			if (ContactTransfer.formatOf(file) == Format.VCARD) {
				try (VcardReader reader = VcardReader.open(file, fields(), region, reading.strict())) {
					s = importer.run(reader, rejects, onDuplicate, monitor);
				}
			} else {
				Charset charset = charset(file, reading);
				ColumnMapping mapping = mapping(file, charset, reading);
				try (ContactCsvReader reader = new ContactCsvReader(file, charset, mapping, region, reading.strict())) {
					s = importer.run(reader, rejects, onDuplicate, monitor);
				}
			}
			return s.finish();
		} catch (IOException e) {
			throw new IllegalStateException(file + ": " + e.getMessage(), e);
		}
	}

	private static Charset charset(Path file, Reading reading) throws IOException {
		if (reading.encoding() == null || reading.encoding().isBlank()) {
			return ContactFileEncoding.detect(file);
		}
		try {
			return Charset.forName(reading.encoding());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Import_encoding, reading.encoding()), e);
		}
	}

	/** The columns as the user chose them or as recognised, knowing the custom fields defined now. */
	private ColumnMapping mapping(Path file, Charset charset, Reading reading) throws IOException {
		List<String> headers = ContactCsvReader.headers(file, charset);
		ColumnMapping mapping = reading.columns() == null ? ColumnMapping.auto(headers)
				: ColumnMapping.chosen(headers, reading.columns());
		return mapping.withCustomFields(fields(), reading.columns() == null);
	}

	private List<CustomField> fields() {
		return database.jdbc().read(JdbcCustomFields::definitions);
	}

	@Override
	public int export(Path file, Format format, String tag, Long segment, IProgressMonitor monitor) {
		security.checkPermitted(CustomerService.MODULE, Action.EXPORT);
		try {
			return switch (format) {
			case CSV -> ContactCsvExport.export(database.jdbc(), file, new ExportSelection(tag, segment), monitor);
			case VCARD -> VcardWriter.export(database.jdbc(), file, new ExportSelection(tag, segment), VCardVersion.V4_0);
			case VCARD3 -> VcardWriter.export(database.jdbc(), file, new ExportSelection(tag, segment), VCardVersion.V3_0);
			};
		} catch (IOException e) {
			throw new IllegalStateException(file + ": " + e.getMessage(), e);
		}
	}
}
