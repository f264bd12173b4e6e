package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.ConsoleProgress;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Leads;
import org.rapport.sales.internal.Messages;

/**
 * {@code import-leads FILE.csv}: all the file's leads, or none and every fault named by line and column (exit 1); a
 * value or row too large to read (a file without line breaks, a quote never closed) refuses the file with its line.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=import-leads" })
public class ImportLeadsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Leads leads;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		expectArguments(args, 1);
		Path file = Path.of(args.get(0));
		if (!Files.isReadable(file) || Files.isDirectory(file)) {
			err.println(NLS.bind(Messages.Import_unreadable, file, "no such file"));
			return REJECTED;
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int added = leads.importLeads(text, file.getFileName().toString(), new ConsoleProgress(err));
			out.println(NLS.bind(Messages.Import_done, added, file.getFileName()));
		} catch (ValidationException e) {
			return rejected(e, err);
		} catch (java.nio.charset.MalformedInputException e) {
			err.println(NLS.bind(Messages.Import_unreadable, file, "not UTF-8"));
			return REJECTED;
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Import_usage;
	}
}
