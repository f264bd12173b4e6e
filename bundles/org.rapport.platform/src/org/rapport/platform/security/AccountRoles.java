package org.rapport.platform.security;

import java.util.Optional;

/**
 * Where the security context reads who an account is and which roles it holds: the user directory of the open
 * database. Kept apart from {@link Directory} (whose changes are themselves checked by the security context), so that
 * asking for roles never needs the security context.
 */
public interface AccountRoles {

	/**
	 * The account as the directory knows it; empty when it does not know it.
	 *
	 * @throws IllegalStateException while no database is open
	 */
	Optional<User> of(String login);

	/**
	 * On a server where each person signs in with their own login, that login as the database session names it
	 * ({@code current_user}); empty on a database whose people are the operating-system accounts, or while none is
	 * open.
	 */
	default Optional<String> sessionLogin() {
		return Optional.empty();
	}
}
