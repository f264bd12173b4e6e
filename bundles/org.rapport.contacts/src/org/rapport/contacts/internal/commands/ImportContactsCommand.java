package org.rapport.contacts.internal.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.internal.JdbcCustomFields;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.imports.ContactImport;
import org.rapport.contacts.internal.io.ColumnMapping;
import org.rapport.contacts.internal.io.ContactCsvReader;
import org.rapport.contacts.internal.io.ContactFileEncoding;
import org.rapport.contacts.internal.io.ContactFileRefused;
import org.rapport.contacts.internal.io.ImportRow;
import org.rapport.contacts.internal.io.VcardReader;
import org.rapport.contacts.internal.search.PhoneKeys;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.ConsoleProgress;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

/**
 * {@code import-contacts FILE [--format csv] [--mapping auto|google|outlook|FILE] [--encoding ENC]
 * [--on-duplicate skip|merge|create] [--strict]}: one summary line,
 * {@code imported N, merged M, skipped S, rejected R, warnings W}, naming the rejects and warnings files beside the
 * file when they list something; exit 1 when a row was rejected or the file was refused (a value, row or card too
 * large: nothing imported), 2 on bad usage or an unreadable file. Without {@code --strict} a value that is not
 * understood is kept as written with a warning; with it, its row is rejected.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport",
		"osgi.command.function=import-contacts" })
public class ImportContactsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, Set.of("format", "mapping", "encoding", "on-duplicate"), Set.of("strict"));
		boolean strict = options.flag("strict");
		if (options.positional().size() != 1) {
			throw new UsageException(Messages.Import_file);
		}
		Path file = Path.of(options.positional().get(0)).toAbsolutePath();
		if (!Files.isReadable(file) || Files.isDirectory(file)) {
			throw new UsageException(NLS.bind(Messages.Import_unreadable, file));
		}
		String format = options.get("format", file.toString().toLowerCase(Locale.ROOT).endsWith(".vcf") ? "vcard" : "csv");
		if (!"csv".equals(format) && !"vcard".equals(format)) {
			throw new UsageException(NLS.bind(Messages.Import_format, format));
		}
		OnDuplicate onDuplicate = choice(options.get("on-duplicate", "skip"));
		Charset charset = charset(options.get("encoding", null), file);
		// The roles are the open database's: open it first.
		if (!open(database, err)) {
			return REJECTED;
		}
		security.checkPermitted(CustomerService.MODULE, Action.IMPORT);
		String region = PhoneKeys.defaultRegion();
		Path rejects = file.resolveSibling(file.getFileName() + ".rejects.csv");
		if ("vcard".equals(format)) {
			try (VcardReader reader = VcardReader.open(file, fields(), region, strict)) {
				return report(run(reader, file, rejects, onDuplicate, region, err), out);
			} catch (ContactFileRefused | DatabaseException e) {
				// A card too large, or a row the database refused: the message names it; nothing was imported.
				err.println(e.getMessage());
				return REJECTED;
			} catch (IllegalArgumentException | IOException e) {
				throw new UsageException(e.getMessage());
			}
		}
		ColumnMapping mapping;
		try {
			mapping = mapping(options.get("mapping", "auto"), ContactCsvReader.headers(file, charset));
			// A mapping file names every column it wants; the named mappings recognise custom fields too.
			boolean recognise = List.of("auto", "google", "outlook").contains(options.get("mapping", "auto"));
			mapping = mapping.withCustomFields(fields(), recognise);
		} catch (ContactFileRefused e) {
			err.println(e.getMessage());
			return REJECTED;
		} catch (IOException | IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		ContactImport.Summary summary;
		try (ContactCsvReader reader = new ContactCsvReader(file, charset, mapping, region, strict)) {
			err.println(mapping.describe());
			summary = run(reader, file, rejects, onDuplicate, region, err);
		} catch (ContactFileRefused | DatabaseException e) {
			// A value too large, or a row the database refused: the message names its line; nothing was imported.
			err.println(e.getMessage());
			return REJECTED;
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		return report(summary, out);
	}

	private ContactImport.Summary run(Iterator<ImportRow> rows, Path file, Path rejects, OnDuplicate onDuplicate,
			String region, PrintStream err) throws IOException {
		return new ContactImport(database.jdbc(), region, security.currentLogin()).audited(audit, file)
				.run(rows, rejects, onDuplicate, new ConsoleProgress(err));
	}

	private List<CustomField> fields() {
		return database.jdbc().read(JdbcCustomFields::definitions);
	}

	private int report(ContactImport.Summary outcome, PrintStream out) throws IOException {
		ContactTransfer.Summary summary = outcome.finish();
		StringBuilder line = new StringBuilder(outcome.text());
		if (summary.rejects() != null) {
			line.append(' ').append(NLS.bind(Messages.Import_rejects, summary.rejects()));
		}
		if (summary.warningsFile() != null) {
			line.append(' ').append(NLS.bind(Messages.Import_warnings, summary.warningsFile()));
		}
		out.println(line);
		return summary.rejects() != null ? REJECTED : OK;
	}

	private static ColumnMapping mapping(String name, List<String> headers) throws IOException {
		return switch (name.toLowerCase(Locale.ROOT)) {
		case "auto" -> ColumnMapping.auto(headers);
		case "google" -> ColumnMapping.google(headers);
		case "outlook" -> ColumnMapping.outlook(headers);
		default -> ColumnMapping.fromFile(Path.of(name).toAbsolutePath(), headers);
		};
	}

	private static OnDuplicate choice(String value) throws UsageException {
		try {
			return OnDuplicate.valueOf(value.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Import_onDuplicate, value));
		}
	}

	private static Charset charset(String name, Path file) throws UsageException, IOException {
		if (name == null) {
			return ContactFileEncoding.detect(file);
		}
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new UsageException(NLS.bind(Messages.Import_encoding, name));
		}
	}

	@Override
	public String usage() {
		return Messages.Import_usage;
	}
}
