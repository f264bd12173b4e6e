package org.rapport.platform.persistence.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.security.AccountRoles;
import org.rapport.platform.security.User;

/** An account's entry in platform_user, read for the security context (which this must not depend on). */
@Component(service = AccountRoles.class)
public class JdbcAccountRoles implements AccountRoles {

	@Reference
	private Database database;

	@Override
	public Optional<User> of(String login) {
		// A disabled person keeps their name (on records they own) but holds no role.
		return database.jdbc().first("SELECT login, display_name, department, CASE WHEN disabled THEN '' ELSE roles END"
				+ " FROM platform_user WHERE login = ?", java.util.List.of(login), JdbcDirectory::user);
	}

	@Override
	public Optional<String> sessionLogin() {
		return database.isOpen() && database.info().kind() == DatabaseKind.POSTGRESQL
				? Optional.of(database.info().user())
				: Optional.empty();
	}
}
