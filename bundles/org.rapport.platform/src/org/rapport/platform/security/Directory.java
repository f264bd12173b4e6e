package org.rapport.platform.security;

import java.util.List;
import java.util.Optional;

/**
 * The people who use Rapport and their teams: colleagues to invite and to show side by side in a calendar,
 * teams to hand work to. The signed-in user is always among the users. Changes need the administrator role.
 */
public interface Directory {

	/** Module name for permission checks of directory changes. */
	String MODULE = "platform";

	/** Event topic: a user was added or their name, department or roles changed (every action). */
	String USERS_CHANGED = "org/rapport/platform/user/*";

	/** Everyone, by display name. */
	List<User> users();

	/** The person stored under this login, with their roles; empty for a login the directory does not know. */
	Optional<User> user(String login);

	/**
	 * Adds a user or changes one's name, department and roles (enabling a disabled one again). On PostgreSQL the person
	 * gets a server login of their own in the installation's group roles; only the installation's administrator (the
	 * database's owner) manages people there.
	 *
	 * @throws org.rapport.platform.validation.ValidationException for a login or name that cannot be used
	 */
	User save(User user);

	/**
	 * Stops a person at once: they hold no role from now on; on PostgreSQL their login can no longer connect, and
	 * sessions they have open lose their access with the group roles. Their records keep their name.
	 *
	 * @throws org.rapport.platform.validation.ValidationException for a login the directory does not know
	 */
	void disable(String login);

	/**
	 * On PostgreSQL: gives the person's login a new one-time password, valid for a week, which they must replace at
	 * their next sign-in. Returns it, to be handed over once.
	 *
	 * @throws org.rapport.platform.validation.ValidationException on a database without logins of its own (embedded)
	 */
	String issuePassword(String login);

	/**
	 * On PostgreSQL: replaces the signed-in person's own password (and the one-time mark with it). The array is cleared
	 * once the new password is sent.
	 */
	void changeOwnPassword(char[] newPassword);

	/** Every team, by name. */
	List<Team> teams();

	/** The team with this name, case ignored. */
	Optional<Team> team(String name);

	/**
	 * Creates a team or replaces its members.
	 *
	 * @throws org.rapport.platform.validation.ValidationException for a blank name, no members or an unknown login
	 */
	Team save(Team team);
}
