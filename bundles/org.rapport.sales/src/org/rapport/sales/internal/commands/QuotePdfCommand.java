package org.rapport.sales.internal.commands;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.QuoteDocuments;
import org.rapport.sales.internal.Messages;

/** {@code quote-pdf QUOTE_ID FILE.pdf}: a quote as the customer receives it. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=quote-pdf" })
public class QuotePdfCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private QuoteDocuments documents;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		expectArguments(args, 2);
		long id;
		try {
			id = Long.parseLong(args.get(0));
		} catch (NumberFormatException e) {
			throw new UsageException(Messages.QuotePdf_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		Path file = Path.of(args.get(1));
		Path written = file.resolveSibling(file.getFileName() + ".part");
		try (OutputStream pdf = Files.newOutputStream(written)) {
			documents.pdf(id, pdf);
		} catch (ValidationException e) {
			Files.deleteIfExists(written);
			return rejected(e, err);
		}
		Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		out.println(NLS.bind(Messages.QuotePdf_done, file));
		return OK;
	}

	@Override
	public String usage() {
		return Messages.QuotePdf_usage;
	}
}
