package org.rapport.platform.security;

import org.rapport.platform.internal.security.Messages;

/**
 * Who sees the records of a type besides their owner, set per record type by an administrator. Managers always see
 * their teams' records; administrators see all.
 */
public enum Sharing {
	/** The owner only (and the owner's managers). */
	PRIVATE,
	/** Everyone in a team with the owner. */
	TEAM,
	/** Everyone in the owner's department, and the owner's teams. */
	DEPARTMENT,
	/** Everyone who may read the module. */
	EVERYONE;

	/** The setting in the user's language. */
	public String label() {
		return switch (this) {
		case PRIVATE -> Messages.Sharing_private;
		case TEAM -> Messages.Sharing_team;
		case DEPARTMENT -> Messages.Sharing_department;
		case EVERYONE -> Messages.Sharing_everyone;
		};
	}
}
