package org.rapport.platform.internal.security;

import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.AccountRoles;
import org.rapport.platform.security.Roles;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;

/**
 * Who works, with the roles the directory gives them. On the embedded database (one person, one computer) the
 * operating-system account, asked of the file system, never of the {@code user.name} property; the database records
 * the owner of its data folder as its administrator (see the persistence bundle). On PostgreSQL the login the
 * database session belongs to ({@code current_user}), which the person signed in with. An account the directory does
 * not know, or has disabled, has no roles, and so may do nothing.
 */
@Component(service = SecurityContext.class, property = "service.ranking:Integer=0")
public class LocalSecurityContext implements SecurityContext {

	private final String operatingSystemAccount = OperatingSystemAccount.login();
	private volatile User signedIn;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile AccountRoles accounts;

	@Reference
	private Roles roles;

	/**
	 * Works as another person from now on (tests of what one person asks and another decides); null returns to the
	 * operating-system account. Internal: no module can reach it.
	 */
	public void signIn(User other) {
		signedIn = other;
	}

	@Override
	public User currentUser() {
		User other = signedIn;
		if (other != null) {
			return other;
		}
		// Read each time (one indexed row): a change of roles holds from the next call on.
		AccountRoles known = accounts;
		String account = account(known);
		User found = null;
		try {
			found = known == null ? null : known.of(account).orElse(null);
		} catch (IllegalStateException notOpen) {
			// No database yet: nobody has roles until it is open.
		}
		return found != null ? found : new User(account, account, "", Set.of());
	}

	@Override
	public String currentLogin() {
		User other = signedIn;
		return other != null ? other.login() : account(accounts);
	}

	private String account(AccountRoles known) {
		return known == null ? operatingSystemAccount : known.sessionLogin().orElse(operatingSystemAccount);
	}

	@Override
	public boolean isPermitted(String module, Action action) {
		return roles.permits(currentUser().roles(), module, action);
	}

	@Override
	public void checkPermitted(String module, Action action) {
		User user = currentUser();
		if (!roles.permits(user.roles(), module, action)) {
			String whoMay = roles.whoMay(module, action).stream().map(roles::label)
					.collect(java.util.stream.Collectors.joining(" / "));
			throw new AccessDeniedException(module, action,
					NLS.bind(Messages.Access_denied, new Object[] { user.login(), action.label(), module, whoMay }));
		}
	}
}
