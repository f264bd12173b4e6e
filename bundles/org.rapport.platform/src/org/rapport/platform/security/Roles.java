package org.rapport.platform.security;

import java.util.List;
import java.util.Set;

/**
 * The roles every installed module declares, and what each may do (extension point {@code org.rapport.platform.roles}):
 * a module grants actions in its own module to any role, and may add roles of its own.
 */
public interface Roles {

	/** The extension point id. */
	String EXTENSION_POINT = "org.rapport.platform.roles";

	/** Every declared role, by name. */
	List<Role> all();

	/** The role's name as its module declares it, in the user's language. */
	String label(Role role);

	/** Whether a holder of the roles may perform the action in the module. Administrators may do everything. */
	boolean permits(Set<Role> roles, String module, Action action);

	/** The roles that may perform the action in the module, by name. */
	List<Role> whoMay(String module, Action action);
}
