package org.rapport.platform.security;

import java.util.Set;

/**
 * A signed-in person.
 *
 * @param login       unique login
 * @param displayName name shown in the workbench
 * @param department  department id (sales, marketing, service, management, it ...)
 * @param roles       roles held
 */
public record User(String login, String displayName, String department, Set<Role> roles) {

	public User {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}
}
