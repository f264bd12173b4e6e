package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.audit.AuditCheck;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;

/**
 * {@code audit verify | list [USER|-] [DAY|-] [LIMIT] | record TYPE ID}: checks the audit log's hash chain (exit 1
 * when broken, naming the first broken entry) and lists who changed what, tab-separated.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=audit" })
public class AuditCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private AuditLog audit;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String verb = args.isEmpty() ? "" : args.get(0);
		boolean valid = switch (verb) {
		case "verify" -> args.size() == 1;
		case "list" -> args.size() <= 4;
		case "record" -> args.size() == 3;
		default -> false;
		};
		if (!valid) {
			throw new UsageException(usage());
		}
		String user = args.size() > 1 && !args.get(1).equals("-") ? args.get(1) : null;
		LocalDate day = null;
		int limit = 100;
		if (verb.equals("list")) {
			day = day(args.size() > 2 ? args.get(2) : "-");
			limit = args.size() > 3 ? limit(args.get(3)) : limit;
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		switch (verb) {
		case "verify" -> {
			AuditCheck check = audit.verify();
			if (!check.whole()) {
				err.println(NLS.bind(Messages.Audit_broken, check.brokenAt(), check.problem()));
				return REJECTED;
			}
			out.println(NLS.bind(Messages.Audit_whole, check.checked(), check.beforeChain()));
		}
		case "list" -> audit.recent(user, day, limit).forEach(e -> print(e, out));
		default -> audit.history(args.get(1), args.get(2)).forEach(e -> print(e, out));
		}
		return OK;
	}

	private static void print(AuditEntry e, PrintStream out) {
		out.println(String.join("\t", e.at().toString(), e.user(), e.entityType(), e.entityId(), e.field(),
				e.oldValue() == null ? "" : e.oldValue(), e.newValue() == null ? "" : e.newValue()));
	}

	private static LocalDate day(String text) throws UsageException {
		if (text.equals("-")) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new UsageException(NLS.bind(Messages.Audit_badDay, text));
		}
	}

	private int limit(String text) throws UsageException {
		try {
			return Math.max(1, Integer.parseInt(text));
		} catch (NumberFormatException e) {
			throw new UsageException(usage());
		}
	}

	@Override
	public String usage() {
		return Messages.Audit_usage;
	}
}
