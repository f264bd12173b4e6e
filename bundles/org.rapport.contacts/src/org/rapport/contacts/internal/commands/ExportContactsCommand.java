package org.rapport.contacts.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.io.ContactCsvExport;
import org.rapport.contacts.internal.io.ExportSelection;
import org.rapport.contacts.internal.segments.SegmentConditions;
import org.rapport.contacts.internal.io.VcardWriter;

import ezvcard.VCardVersion;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.ConsoleProgress;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

/** {@code export-contacts FILE [--format csv|vcard|vcard3] [--tag T] [--segment NAME]}: prints {@code exported N}. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport",
		"osgi.command.function=export-contacts" })
public class ExportContactsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, Set.of("format", "tag", "segment"));
		if (options.positional().size() != 1) {
			throw new UsageException(Messages.Export_file);
		}
		String format = options.get("format", "csv");
		if (!Set.of("csv", "vcard", "vcard3").contains(format)) {
			throw new UsageException(NLS.bind(Messages.Import_format, format));
		}
		Path file = Path.of(options.positional().get(0)).toAbsolutePath();
		if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
			throw new UsageException(NLS.bind(Messages.Export_noFolder, file.getParent()));
		}
		// The roles are the open database's: open it first.
		if (!open(database, err)) {
			return REJECTED;
		}
		security.checkPermitted(CustomerService.MODULE, Action.EXPORT);
		Long segment = null;
		String segmentName = options.get("segment", null);
		if (segmentName != null) {
			long id = database.jdbc().read(c -> SegmentConditions.named(c, segmentName));
			if (id < 0) {
				err.println(NLS.bind(Messages.Segment_unknown, segmentName));
				return REJECTED;
			}
			segment = id;
		}
		ExportSelection selection = new ExportSelection(options.get("tag", null), segment);
		int count = "csv".equals(format)
				? ContactCsvExport.export(database.jdbc(), file, selection, new ConsoleProgress(err))
				: VcardWriter.export(database.jdbc(), file, selection,
						"vcard3".equals(format) ? VCardVersion.V3_0 : VCardVersion.V4_0);
		out.println(NLS.bind(Messages.Export_done, count));
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Export_usage;
	}
}
