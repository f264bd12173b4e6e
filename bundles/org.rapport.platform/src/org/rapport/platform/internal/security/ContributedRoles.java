package org.rapport.platform.internal.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Roles;

/**
 * The roles and grants modules declare, read once: a role's actions in a module are the union of its grants for that
 * module, or of its grants for "*" when it has none there. A grant naming an unknown action is skipped with a warning.
 */
@Component(service = Roles.class)
public class ContributedRoles implements Roles {

	private static final System.Logger LOG = System.getLogger(ContributedRoles.class.getName());
	private static final String EVERY_MODULE = "*";

	@Reference
	private IExtensionRegistry extensionRegistry;

	private volatile Declarations declarations;

	/** Roles by name with their labels, and grants by role and module. */
	private record Declarations(Map<Role, String> labels, Map<Role, Map<String, Set<Action>>> grants) {
	}

	@Override
	public List<Role> all() {
		return List.copyOf(declared().labels().keySet());
	}

	@Override
	public String label(Role role) {
		String label = declared().labels().get(role);
		return label != null ? label : role.label();
	}

	@Override
	public boolean permits(Set<Role> roles, String module, Action action) {
		Map<Role, Map<String, Set<Action>>> grants = declared().grants();
		for (Role role : roles) {
			if (role.equals(Role.ADMINISTRATOR)) {
				return true;
			}
			Map<String, Set<Action>> byModule = grants.getOrDefault(role, Map.of());
			Set<Action> actions = byModule.getOrDefault(module, byModule.getOrDefault(EVERY_MODULE, Set.of()));
			if (actions.contains(action)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public List<Role> whoMay(String module, Action action) {
		return all().stream().filter(r -> permits(Set.of(r), module, action)).toList();
	}

	private Declarations declared() {
		Declarations read = declarations;
		if (read == null) {
			read = read();
			declarations = read;
		}
		return read;
	}

	private Declarations read() {
		Map<Role, String> labels = new TreeMap<>();
		labels.put(Role.ADMINISTRATOR, Role.ADMINISTRATOR.label());
		Map<Role, Map<String, Set<Action>>> grants = new HashMap<>();
		List<IConfigurationElement> grantElements = new ArrayList<>();
		for (IConfigurationElement e : extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				if (e.getName().equals("role")) {
					Role role = Role.valueOf(e.getAttribute("id"));
					labels.put(role, e.getAttribute("name") == null ? role.label() : e.getAttribute("name"));
				} else {
					grantElements.add(e);
				}
			} catch (IllegalArgumentException bad) {
				LOG.log(System.Logger.Level.WARNING, "Role of " + e.getContributor().getName() + " skipped: " + bad);
			}
		}
		for (IConfigurationElement e : grantElements) {
			try {
				Role role = Role.valueOf(e.getAttribute("role"));
				Set<Action> granted = EnumSet.noneOf(Action.class);
				for (String action : e.getAttribute("actions").split(",")) {
					granted.add(Action.valueOf(action.strip().toUpperCase(Locale.ROOT)));
				}
				grants.computeIfAbsent(role, r -> new HashMap<>())
						.computeIfAbsent(e.getAttribute("module").strip(), m -> EnumSet.noneOf(Action.class))
						.addAll(granted);
			} catch (RuntimeException bad) {
				LOG.log(System.Logger.Level.WARNING, "Grant of " + e.getContributor().getName() + " skipped: " + bad);
			}
		}
		return new Declarations(labels, grants);
	}
}
