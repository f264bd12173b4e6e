package org.rapport.platform.internal.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.rapport.platform.security.Action;
import org.rapport.platform.security.Role;

/**
 * What each role may do per module. Modules not named here (industry modules) follow the default row of a
 * role. Administrators may do everything.
 */
final class RolePolicy {

	private static final Set<Action> WORK = EnumSet.of(Action.READ, Action.CREATE, Action.UPDATE);
	private static final Set<Action> READ = EnumSet.of(Action.READ);
	private static final Set<Action> READ_EXPORT = EnumSet.of(Action.READ, Action.EXPORT);
	private static final Set<Action> NONE = EnumSet.noneOf(Action.class);

	private static final Map<Role, Map<String, Set<Action>>> GRANTS = Map.of(
			Role.SALES_MANAGER, Map.of("contacts", EnumSet.complementOf(EnumSet.of(Action.ADMINISTER)), "sales",
					EnumSet.complementOf(EnumSet.of(Action.ADMINISTER)), "analytics", READ_EXPORT, "*", WORK),
			Role.SALES_REP, Map.of("contacts", WORK, "sales", WORK, "*", WORK),
			Role.MARKETER, Map.of("marketing", EnumSet.complementOf(EnumSet.of(Action.ADMINISTER)), "contacts",
					READ_EXPORT, "analytics", READ, "*", READ),
			Role.SERVICE_AGENT, Map.of("service", WORK, "contacts", EnumSet.of(Action.READ, Action.UPDATE), "*", READ),
			Role.ANALYST, Map.of("analytics", READ_EXPORT, "*", READ));

	private RolePolicy() {
	}

	/** The roles that may perform the action in the module, in the user's language, joined for a message. */
	static String whoMay(String module, Action action) {
		return java.util.Arrays.stream(Role.values()).filter(r -> permits(Set.of(r), module, action))
				.map(Role::label).collect(java.util.stream.Collectors.joining(" / "));
	}

	static boolean permits(Set<Role> roles, String module, Action action) {
		for (Role role : roles) {
			if (role == Role.ADMINISTRATOR) {
				return true;
			}
			Map<String, Set<Action>> grants = GRANTS.getOrDefault(role, Map.of());
			if (grants.getOrDefault(module, grants.getOrDefault("*", NONE)).contains(action)) {
				return true;
			}
		}
		return false;
	}

}
