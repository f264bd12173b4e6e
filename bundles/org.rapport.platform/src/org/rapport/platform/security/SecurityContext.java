package org.rapport.platform.security;

/**
 * Who is signed in and what they may do. Services check permissions here, so that the workbench, imports,
 * headless commands and vendor modules all obey the same rules.
 */
public interface SecurityContext {

	/** The signed-in user. */
	User currentUser();

	/** Whether the signed-in user may perform the action in the module. */
	boolean isPermitted(String module, Action action);

	/** Throws {@link AccessDeniedException} with a translated message unless permitted. */
	void checkPermitted(String module, Action action);
}
