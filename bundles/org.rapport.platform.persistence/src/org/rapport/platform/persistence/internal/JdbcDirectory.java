package org.rapport.platform.persistence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.AccountRoles;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Roles;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.Team;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** Users and teams in platform_user, platform_team and platform_team_member. */
@Component(service = Directory.class)
public class JdbcDirectory implements Directory {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference
	private AccountRoles accounts;

	@Reference
	private Roles roles;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public List<User> users() {
		List<User> users = new ArrayList<>(database.jdbc().query(
				"SELECT login, display_name, department, roles FROM platform_user", List.of(), JdbcDirectory::user));
		User me = security.currentUser();
		if (users.stream().noneMatch(u -> u.login().equals(me.login()))) {
			users.add(me);
		}
		users.sort(Comparator.comparing(u -> u.displayName().toLowerCase(Locale.ROOT)));
		return users;
	}

	@Override
	public Optional<User> user(String login) {
		return accounts.of(login);
	}

	@Override
	public User save(User user) {
		security.checkPermitted(MODULE, Action.ADMINISTER);
		List<FieldError> errors = new ArrayList<>();
		if (user.login() == null || !user.login().matches("[\\p{L}\\p{N}._@-]{1,128}")) {
			errors.add(new FieldError("login", NLS.bind(Messages.Directory_badLogin, user.login())));
		}
		if (user.displayName() == null || user.displayName().isBlank()) {
			errors.add(new FieldError("displayName", Messages.Directory_noName));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		// Only roles some installed module declares: a typo would leave the person without rights unnoticed.
		List<Role> known = roles.all();
		user.roles().stream().filter(r -> !known.contains(r)).findFirst().ifPresent(unknown -> {
			throw new ValidationException(List.of(new FieldError("roles",
					NLS.bind(Messages.Directory_unknownRole, unknown.name(), known))));
		});
		String held = user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
		ServerLogins server = ServerLogins.of(database, roles);
		boolean stored = stored(user.login());
		database.jdbc().change(c -> {
			Rows.update(c, stored ? "UPDATE platform_user SET display_name = ?, department = ?, roles = ?, disabled = ?"
					+ " WHERE login = ?"
					: "INSERT INTO platform_user (display_name, department, roles, disabled, login) VALUES (?, ?, ?, ?, ?)",
					user.displayName().strip(), user.department(), held, false, user.login());
			audit.record(c, "platform.user", user.login(), "*", null, user.displayName() + " (" + held + ")");
			if (server != null) {
				server.admit(c, user.login(), user.roles());
			}
		});
		changed(user.login());
		return user;
	}

	@Override
	public void disable(String login) {
		security.checkPermitted(MODULE, Action.ADMINISTER);
		ServerLogins server = ServerLogins.of(database, roles);
		if (!stored(login)) {
			throw new ValidationException(List.of(new FieldError("login", NLS.bind(Messages.Directory_unknownUser, login))));
		}
		database.jdbc().change(c -> {
			Rows.update(c, "UPDATE platform_user SET disabled = ? WHERE login = ?", true, login);
			audit.record(c, "platform.user", login, "disabled", "false", "true");
			if (server != null) {
				server.disable(c, login);
			}
		});
		changed(login);
	}

	@Override
	public String issuePassword(String login) {
		security.checkPermitted(MODULE, Action.ADMINISTER);
		ServerLogins server = ServerLogins.of(database, roles);
		if (server == null) {
			throw new ValidationException(List.of(new FieldError("login", Messages.Directory_noPasswords)));
		}
		if (!stored(login)) {
			throw new ValidationException(List.of(new FieldError("login", NLS.bind(Messages.Directory_unknownUser, login))));
		}
		return database.jdbc().inTransaction(c -> {
			String password = server.issuePassword(c, login);
			Rows.update(c, "UPDATE platform_user SET password_change_required = ? WHERE login = ?", true, login);
			audit.record(c, "platform.user", login, "password", null, "one-time password issued");
			return password;
		});
	}

	@Override
	public void changeOwnPassword(char[] newPassword) {
		if (database.info().kind() != org.rapport.platform.persistence.DatabaseKind.POSTGRESQL) {
			throw new ValidationException(List.of(new FieldError("password", Messages.Directory_noPasswords)));
		}
		ServerLogins.changeOwnPassword(database, newPassword);
	}

	private void changed(String login) {
		EventAdmin admin = events;
		if (admin != null) {
			admin.postEvent(new Event(Directory.USERS_CHANGED.replace("*", EventTopics.UPDATED),
					Map.of(EventTopics.ID, login)));
		}
	}

	@Override
	public List<Team> teams() {
		List<Team> teams = new ArrayList<>();
		List<String[]> rows = database.jdbc().query("SELECT t.name, m.login FROM platform_team t"
				+ " LEFT JOIN platform_team_member m ON m.team_name = t.name ORDER BY t.name, m.position", List.of(),
				rs -> new String[] { rs.getString(1), rs.getString(2) });
		String name = null;
		List<String> members = new ArrayList<>();
		for (String[] row : rows) {
			if (!row[0].equals(name)) {
				if (name != null) {
					teams.add(new Team(name, members));
				}
				name = row[0];
				members = new ArrayList<>();
			}
			if (row[1] != null) {
				members.add(row[1]);
			}
		}
		if (name != null) {
			teams.add(new Team(name, members));
		}
		return teams;
	}

	@Override
	public Optional<Team> team(String name) {
		return teams().stream().filter(t -> t.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
	}

	@Override
	public Team save(Team team) {
		security.checkPermitted(MODULE, Action.ADMINISTER);
		ServerLogins.requireAdministrator(database);
		List<FieldError> errors = new ArrayList<>();
		String name = team.name() == null ? "" : team.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			errors.add(new FieldError("name", Messages.Directory_badTeam));
		}
		Set<String> members = new LinkedHashSet<>(team.members());
		if (members.isEmpty()) {
			errors.add(new FieldError("members", Messages.Directory_noMembers));
		}
		for (String login : members) {
			if (!stored(login)) {
				errors.add(new FieldError("members", NLS.bind(Messages.Directory_unknownUser, login)));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String stored = team(name).map(Team::name).orElse(name);
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM platform_team_member WHERE team_name = ?", stored);
			Rows.update(c, "DELETE FROM platform_team WHERE name = ?", stored);
			Rows.update(c, "INSERT INTO platform_team (name) VALUES (?)", stored);
			int position = 0;
			for (String login : members) {
				Rows.update(c, "INSERT INTO platform_team_member (team_name, login, position) VALUES (?, ?, ?)", stored,
						login, position++);
			}
			audit.record(c, "platform.team", stored, "members", null, String.join(",", members));
		});
		return new Team(stored, List.copyOf(members));
	}

	/** Whether the login is stored (the signed-in user is stored on first save). */
	private boolean stored(String login) {
		return database.jdbc().first("SELECT 1 FROM platform_user WHERE login = ?", List.of(login), rs -> true)
				.isPresent();
	}

	static User user(ResultSet rs) throws SQLException {
		Set<Role> roles = Arrays.stream(rs.getString(4).split(",")).filter(s -> !s.isBlank()).map(Role::valueOf)
				.collect(Collectors.toSet());
		return new User(rs.getString(1), rs.getString(2), rs.getString(3), roles);
	}
}
