package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Team;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.ValidationException;

/** {@code users list | users add LOGIN NAME [DEPARTMENT [ROLE,ROLE]]}: the people of the directory. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=users" })
public class UsersCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Directory directory;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		boolean list = args.size() == 1 && args.get(0).equals("list");
		boolean add = args.size() >= 3 && args.size() <= 5 && args.get(0).equals("add");
		if (!list && !add) {
			throw new UsageException(usage());
		}
		Set<Role> roles = new HashSet<>();
		for (String role : args.size() == 5 ? args.get(4).split(",") : new String[] { "SALES_REP" }) {
			try {
				roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				throw new UsageException(NLS.bind(Messages.Teams_badRole, role, Arrays.toString(Role.values())));
			}
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			if (list) {
				directory.users().forEach(u -> out.println(String.join("\t", u.login(), u.displayName(),
						u.department() == null ? "" : u.department(),
						u.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))));
			} else {
				User user = directory.save(new User(args.get(1), args.get(2), args.size() >= 4 ? args.get(3) : null, roles));
				out.println(NLS.bind(Messages.Users_saved, user.login()));
			}
			return OK;
		} catch (ValidationException e) {
			return rejected(e, err);
		}
	}

	@Override
	public String usage() {
		return Messages.Users_usage;
	}
}
