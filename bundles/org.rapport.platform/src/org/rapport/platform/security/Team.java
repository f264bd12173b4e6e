package org.rapport.platform.security;

import java.util.List;

/**
 * A team of colleagues (a sales team, a service queue's agents), as managers hand out work to it.
 *
 * @param name    unique name
 * @param members logins, in the order work is handed out
 */
public record Team(String name, List<String> members) {

	public Team {
		members = List.copyOf(members);
	}
}
