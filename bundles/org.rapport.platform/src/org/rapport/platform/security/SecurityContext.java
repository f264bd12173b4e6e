package org.rapport.platform.security;

/**
 * Who is signed in and what they may do. Services check permissions here, so that the workbench, imports,
 * headless commands and vendor modules all obey the same rules.
 */
public interface SecurityContext {

	/** The signed-in user, with the roles the directory gives them. */
	User currentUser();

	/**
	 * Only the signed-in user's login, for stamping who did something (audit rows, created-by): unlike
	 * {@link #currentUser()} it does not read the directory, so it is safe inside a transaction that changes it.
	 */
	default String currentLogin() {
		return currentUser().login();
	}

	/** Whether the signed-in user may perform the action in the module. */
	boolean isPermitted(String module, Action action);

	/** Throws {@link AccessDeniedException} with a translated message unless permitted. */
	void checkPermitted(String module, Action action);
}
