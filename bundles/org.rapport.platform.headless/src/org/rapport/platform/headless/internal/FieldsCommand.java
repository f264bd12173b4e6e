package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.FieldAccess;
import org.rapport.platform.security.FieldSecurity;
import org.rapport.platform.security.RecordType;
import org.rapport.platform.security.RecordTypes;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Roles;

/**
 * {@code fields list [TYPE] | fields sensitive TYPE FIELD on|off | fields access TYPE FIELD ROLE EDIT|READ_ONLY|HIDDEN}:
 * the sensitive fields of each record type and what each role may do with them (on PostgreSQL the column privileges
 * follow at once).
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=fields" })
public class FieldsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private RecordTypes types;

	@Reference
	private FieldSecurity fields;

	@Reference
	private Roles roles;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String verb = args.isEmpty() ? "" : args.get(0);
		boolean list = verb.equals("list") && args.size() <= 2;
		boolean sensitive = verb.equals("sensitive") && args.size() == 4;
		boolean access = verb.equals("access") && args.size() == 5;
		if (!list && !sensitive && !access) {
			throw new UsageException(usage());
		}
		List<RecordType> chosen = args.size() > 1 ? List.of(type(args.get(1))) : types.all();
		String field = args.size() > 2 ? args.get(2).toLowerCase(Locale.ROOT) : null;
		Boolean on = sensitive ? onOff(args.get(3)) : null;
		Role role = access ? role(args.get(3)) : null;
		FieldAccess given = access ? fieldAccess(args.get(4)) : null;
		if (!open(database, err)) {
			return REJECTED;
		}
		if (sensitive) {
			fields.markSensitive(chosen.get(0).id(), field, on);
			out.println(NLS.bind(on ? Messages.Fields_marked : Messages.Fields_unmarked, chosen.get(0).id(), field));
		} else if (access) {
			if (!fields.sensitiveFields(chosen.get(0).id()).contains(field)) {
				throw new UsageException(NLS.bind(Messages.Fields_notSensitive, chosen.get(0).id(), field));
			}
			fields.setAccess(chosen.get(0).id(), field, role, given);
			out.println(NLS.bind(Messages.Fields_accessSet, new Object[] { chosen.get(0).id(), field, roles.label(role),
					given.label() }));
		} else {
			for (RecordType type : chosen) {
				for (String name : fields.sensitiveFields(type.id())) {
					List<String> byRole = new ArrayList<>();
					for (Map.Entry<Role, FieldAccess> e : fields.accessByRole(type.id(), name).entrySet()) {
						byRole.add(e.getKey().name() + "=" + e.getValue().name());
					}
					out.println(String.join("\t", type.id(), name, String.join(",", byRole)));
				}
			}
		}
		return OK;
	}

	private RecordType type(String id) throws UsageException {
		return types.type(id).orElseThrow(() -> new UsageException(NLS.bind(Messages.Sharing_badType, id,
				types.all().stream().map(RecordType::id).toList())));
	}

	private Role role(String name) throws UsageException {
		Role role;
		try {
			role = Role.valueOf(name);
		} catch (IllegalArgumentException e) {
			role = null;
		}
		if (role == null || !roles.all().contains(role)) {
			throw new UsageException(NLS.bind(Messages.Fields_badRole, name, roles.all().stream().map(Role::name)
					.toList()));
		}
		return role;
	}

	private static FieldAccess fieldAccess(String name) throws UsageException {
		try {
			return FieldAccess.valueOf(name.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Fields_badAccess, name, Arrays.toString(FieldAccess.values())));
		}
	}

	private static boolean onOff(String value) throws UsageException {
		if (value.equalsIgnoreCase("on") || value.equalsIgnoreCase("off")) {
			return value.equalsIgnoreCase("on");
		}
		throw new UsageException(Messages.Fields_usage);
	}

	@Override
	public String usage() {
		return Messages.Fields_usage;
	}
}
