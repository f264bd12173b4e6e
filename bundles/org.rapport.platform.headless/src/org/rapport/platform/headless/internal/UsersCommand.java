package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Roles;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.ValidationException;

/**
 * {@code users list | add LOGIN NAME [DEPARTMENT [ROLES]] | roles LOGIN ROLES | disable LOGIN | password [LOGIN]}:
 * the people of the directory. On PostgreSQL a new person gets a server login and a one-time password, printed once.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=users" })
public class UsersCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Directory directory;

	@Reference
	private Roles declared;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String verb = args.isEmpty() ? "" : args.get(0);
		boolean valid = switch (verb) {
		case "list" -> args.size() == 1;
		case "add" -> args.size() >= 3 && args.size() <= 5;
		case "roles" -> args.size() == 3;
		case "disable" -> args.size() == 2;
		case "password" -> args.size() <= 2;
		default -> false;
		};
		if (!valid) {
			throw new UsageException(usage());
		}
		Set<Role> roles = verb.equals("roles") ? roles(args.get(2))
				: roles(args.size() == 5 ? args.get(4) : "SALES_REP");
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			switch (verb) {
			case "list" -> directory.users().forEach(u -> out.println(String.join("\t", u.login(), u.displayName(),
					u.department() == null ? "" : u.department(),
					u.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))));
			case "add" -> {
				User user = directory.save(new User(args.get(1), args.get(2), args.size() >= 4 ? args.get(3) : null, roles));
				out.println(NLS.bind(Messages.Users_saved, user.login()));
				if (database.info().kind() == DatabaseKind.POSTGRESQL) {
					out.println(NLS.bind(Messages.Users_oneTimePassword, user.login(), directory.issuePassword(user.login())));
				}
			}
			case "roles" -> {
				User known = directory.user(args.get(1)).orElseThrow(() -> new UsageException(
						NLS.bind(Messages.Users_unknown, args.get(1))));
				directory.save(new User(known.login(), known.displayName(), known.department(), roles));
				out.println(NLS.bind(Messages.Users_saved, known.login()));
			}
			case "disable" -> {
				directory.disable(args.get(1));
				out.println(NLS.bind(Messages.Users_disabled, args.get(1)));
			}
			default -> {
				return password(args, out, err);
			}
			}
			return OK;
		} catch (ValidationException e) {
			return rejected(e, err);
		}
	}

	/** With a login: a new one-time password for that person; without: the signed-in person chooses their own. */
	private int password(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.size() == 2) {
			out.println(NLS.bind(Messages.Users_oneTimePassword, args.get(1), directory.issuePassword(args.get(1))));
			return OK;
		}
		NewPassword.Answer typed = NewPassword.ask(Messages.Users_newPassword, true);
		if (!typed.matching()) {
			err.println(Messages.Users_passwordsDiffer);
			return REJECTED;
		}
		directory.changeOwnPassword(typed.password());
		out.println(NLS.bind(Messages.Users_passwordChanged, database.info().user()));
		return OK;
	}

	/** Roles any installed module declares; a typo is refused with the list. */
	private Set<Role> roles(String names) throws UsageException {
		Set<Role> roles = new HashSet<>();
		List<Role> known = declared.all();
		for (String name : names.split(",")) {
			Role role;
			try {
				role = Role.valueOf(name);
			} catch (IllegalArgumentException e) {
				role = null;
			}
			if (role == null || !known.contains(role)) {
				throw new UsageException(NLS.bind(Messages.Teams_badRole, name, known));
			}
			roles.add(role);
		}
		return roles;
	}

	@Override
	public String usage() {
		return Messages.Users_usage;
	}
}
