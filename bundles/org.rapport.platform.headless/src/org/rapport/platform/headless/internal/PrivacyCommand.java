package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.ConsoleProgress;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.privacy.ErasureReport;
import org.rapport.platform.privacy.Privacy;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.validation.ValidationException;

/**
 * {@code privacy export CUSTOMER_ID FOLDER | erase CUSTOMER_ID --confirm}: what Rapport holds about a person, into a
 * new or empty folder (JSON and CSV), and the erasure they may ask for. Erasing without {@code --confirm} only says
 * what it would do. Administrators only.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=privacy" })
public class PrivacyCommand extends AdminCommand {

	private static final String CONFIRM = "--confirm";

	@Reference
	private Database database;

	@Reference
	private Privacy privacy;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String verb = args.isEmpty() ? "" : args.get(0);
		boolean valid = switch (verb) {
		case "export" -> args.size() == 3;
		case "erase" -> args.size() == 2 || args.size() == 3 && args.get(2).equals(CONFIRM);
		default -> false;
		};
		if (!valid) {
			throw new UsageException(usage());
		}
		long customer = customerId(args.get(1));
		if (verb.equals("erase") && args.size() == 2) {
			throw new UsageException(NLS.bind(Messages.Privacy_confirm, customer));
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			if (verb.equals("export")) {
				Path json = privacy.export(customer, Path.of(args.get(2)).toAbsolutePath(), new ConsoleProgress(err));
				out.println(NLS.bind(Messages.Privacy_exported, customer, json.getParent()));
				return OK;
			}
			ErasureReport report = privacy.erase(customer);
			if (report.total() == 0) {
				out.println(NLS.bind(Messages.Privacy_nothing, customer));
			} else {
				String modules = report.changed().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
						.collect(Collectors.joining(", "));
				out.println(NLS.bind(Messages.Privacy_erased,
						new Object[] { customer, report.total(), modules, report.auditEntriesKept() }));
			}
			return OK;
		} catch (ValidationException e) {
			return rejected(e, err);
		} catch (AccessDeniedException | DatabaseException e) {
			err.println(e.getMessage());
			return REJECTED;
		}
	}

	private static long customerId(String text) throws UsageException {
		try {
			return Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Privacy_badId, text));
		}
	}

	@Override
	public String usage() {
		return Messages.Privacy_usage;
	}
}
