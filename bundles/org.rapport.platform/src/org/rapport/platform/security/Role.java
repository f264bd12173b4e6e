package org.rapport.platform.security;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.rapport.platform.internal.security.Messages;

/**
 * A role people hold. Roles are open: the constants here are the platform's and the core modules'; a module adds its
 * own (a front desk, a compliance officer) with the extension point {@code org.rapport.platform.roles}, which also
 * grants every role its permissions per module. Two roles are equal when their names are.
 */
public final class Role implements Comparable<Role> {

	public static final Role ADMINISTRATOR = new Role("ADMINISTRATOR");
	public static final Role SALES_MANAGER = new Role("SALES_MANAGER");
	public static final Role SALES_REP = new Role("SALES_REP");
	public static final Role MARKETER = new Role("MARKETER");
	public static final Role SERVICE_AGENT = new Role("SERVICE_AGENT");
	public static final Role SERVICE_MANAGER = new Role("SERVICE_MANAGER");
	public static final Role ANALYST = new Role("ANALYST");

	private static final Map<String, String> CORE_LABELS = Map.of("ADMINISTRATOR", Messages.Role_administrator,
			"SALES_MANAGER", Messages.Role_salesManager, "SALES_REP", Messages.Role_salesRep, "MARKETER",
			Messages.Role_marketer, "SERVICE_AGENT", Messages.Role_serviceAgent, "SERVICE_MANAGER",
			Messages.Role_serviceManager, "ANALYST", Messages.Role_analyst);

	private final String name;

	private Role(String name) {
		this.name = name;
	}

	/**
	 * The role of this name (upper case letters, digits and _, as stored and declared); whether any module declares it
	 * is for {@link Roles} to say.
	 *
	 * @throws IllegalArgumentException for a name that cannot be a role's
	 */
	public static Role valueOf(String name) {
		String normal = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
		if (!normal.matches("[A-Z][A-Z0-9_]{0,39}")) {
			throw new IllegalArgumentException(name);
		}
		return new Role(normal);
	}

	/** The name stored and declared ({@code SALES_REP}). */
	public String name() {
		return name;
	}

	/** Whether holders manage others (its name ends in {@code _MANAGER}): they see their teams' records. */
	public boolean manages() {
		return name.endsWith("_MANAGER");
	}

	/**
	 * The role's name in the user's language for the core roles; for a module's own role its name in words (the
	 * translated name a module declares is {@link Roles#label(Role)}).
	 */
	public String label() {
		String core = CORE_LABELS.get(name);
		if (core != null) {
			return core;
		}
		String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	@Override
	public int compareTo(Role other) {
		return name.compareTo(other.name);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Role role && role.name.equals(name);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name);
	}

	@Override
	public String toString() {
		return name;
	}
}
