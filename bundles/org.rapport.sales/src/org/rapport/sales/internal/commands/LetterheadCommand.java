package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Letterhead;
import org.rapport.sales.QuoteDocuments;
import org.rapport.sales.internal.Messages;

/**
 * {@code letterhead show | clear | set NAME [--address LINE]... [--phone P] [--email E] [--website W]
 * [--registration R] [--logo FILE.png|jpg]}: the company's details printed on quotes.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=letterhead" })
public class LetterheadCommand extends AdminCommand {

	private static final List<String> OPTIONS = List.of("--address", "--phone", "--email", "--website", "--registration",
			"--logo");

	@Reference
	private Database database;

	@Reference
	private QuoteDocuments documents;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String verb = args.isEmpty() ? "show" : args.get(0);
		if (!List.of("show", "clear", "set").contains(verb) || verb.equals("set") != args.size() > 1
				|| verb.equals("set") && args.size() % 2 != 0) {
			throw new UsageException(Messages.Letterhead_usage);
		}
		Map<String, String> options = new HashMap<>();
		List<String> address = new ArrayList<>();
		for (int i = 2; i < args.size(); i += 2) {
			if (!OPTIONS.contains(args.get(i))) {
				throw new UsageException(Messages.Letterhead_usage);
			}
			if (args.get(i).equals("--address")) {
				address.add(args.get(i + 1));
			}
			options.put(args.get(i), args.get(i + 1));
		}
		byte[] logo = null;
		if (options.containsKey("--logo")) {
			Path file = Path.of(options.get("--logo"));
			if (!Files.isReadable(file)) {
				err.println(NLS.bind(Messages.Import_unreadable, file, "no such file"));
				return REJECTED;
			}
			logo = Files.readAllBytes(file);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			if (verb.equals("set")) {
				documents.letterhead(new Letterhead(args.get(1), address.isEmpty() ? null : String.join("\n", address),
						options.get("--phone"), options.get("--email"), options.get("--website"),
						options.get("--registration"), logo));
			} else if (verb.equals("clear")) {
				documents.letterhead(null);
			}
		} catch (ValidationException e) {
			return rejected(e, err);
		}
		Optional<Letterhead> now = documents.letterhead();
		if (now.isEmpty()) {
			out.println(Messages.Letterhead_none);
			return OK;
		}
		Letterhead l = now.get();
		out.println(l.companyName());
		for (String line : new String[] { l.address(), l.phone(), l.email(), l.website(), l.registration() }) {
			if (line != null) {
				out.println(line);
			}
		}
		if (l.logo() != null) {
			out.println(NLS.bind(Messages.Letterhead_logoSize, l.logo().length));
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Letterhead_usage;
	}
}
