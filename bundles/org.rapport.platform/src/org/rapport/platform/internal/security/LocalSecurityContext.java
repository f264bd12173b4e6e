package org.rapport.platform.internal.security;

import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;

/**
 * Embedded single-user mode: the operating-system user is signed in as administrator without a prompt. A
 * server deployment registers a context of higher ranking that signs in against the user directory.
 */
@Component(service = SecurityContext.class, property = "service.ranking:Integer=0")
public class LocalSecurityContext implements SecurityContext {

	private final User operatingSystemUser;
	private volatile User user;

	public LocalSecurityContext() {
		String login = System.getProperty("user.name", "user");
		operatingSystemUser = new User(login, login, "management", Set.of(Role.ADMINISTRATOR));
		user = operatingSystemUser;
	}

	/**
	 * Works as another person from now on (a colleague at a shared computer; tests of what one person asks and
	 * another decides); null returns to the operating-system user.
	 */
	public void signIn(User other) {
		user = other == null ? operatingSystemUser : other;
	}

	@Override
	public User currentUser() {
		return user;
	}

	@Override
	public boolean isPermitted(String module, Action action) {
		return RolePolicy.permits(user.roles(), module, action);
	}

	@Override
	public void checkPermitted(String module, Action action) {
		if (!isPermitted(module, action)) {
			throw new AccessDeniedException(module, action,
					NLS.bind(Messages.Access_denied, new Object[] { user.login(), action, module }));
		}
	}
}
