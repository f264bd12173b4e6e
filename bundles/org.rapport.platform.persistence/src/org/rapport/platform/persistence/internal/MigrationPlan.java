package org.rapport.platform.persistence.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.DatabaseException;

/** The declared changelogs in the order they must run: each after the ones it requires. */
final class MigrationPlan {

	static final String EXTENSION_POINT = "org.rapport.platform.persistence.migrations";

	/** One declared changelog. */
	record Changelog(String id, String path, String bundle, List<String> requires) {
	}

	private MigrationPlan() {
	}

	static List<Changelog> read(IConfigurationElement[] elements) throws DatabaseException {
		Map<String, Changelog> byId = new LinkedHashMap<>();
		for (IConfigurationElement e : elements) {
			String requires = e.getAttribute("requires");
			List<String> ids = requires == null ? List.of()
					: Arrays.stream(requires.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
			Changelog changelog = new Changelog(e.getAttribute("id"), e.getAttribute("path"),
					e.getContributor().getName(), ids);
			if (byId.put(changelog.id(), changelog) != null) {
				throw new DatabaseException(NLS.bind(Messages.Migration_duplicate, changelog.id()));
			}
		}
		return order(byId);
	}

	static List<Changelog> order(Map<String, Changelog> byId) throws DatabaseException {
		List<Changelog> ordered = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (Changelog c : byId.values()) {
			visit(c, byId, done, new HashSet<>(), ordered);
		}
		return ordered;
	}

	private static void visit(Changelog c, Map<String, Changelog> byId, Set<String> done, Set<String> path,
			List<Changelog> ordered) throws DatabaseException {
		if (done.contains(c.id())) {
			return;
		}
		if (!path.add(c.id())) {
			throw new DatabaseException(NLS.bind(Messages.Migration_cycle, String.join(" -> ", path)));
		}
		for (String required : c.requires()) {
			Changelog before = byId.get(required);
			if (before == null) {
				throw new DatabaseException(NLS.bind(Messages.Migration_missing, c.id(), required));
			}
			visit(before, byId, done, path, ordered);
		}
		path.remove(c.id());
		done.add(c.id());
		ordered.add(c);
	}
}
