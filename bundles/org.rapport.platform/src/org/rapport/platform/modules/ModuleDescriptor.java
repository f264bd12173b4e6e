package org.rapport.platform.modules;

import java.util.Set;

/**
 * A module as declared through the extension point {@code org.rapport.platform.modules}.
 *
 * @param id             unique id, by convention the headless bundle's symbolic name
 * @param name           translated name
 * @param description    translated one-sentence description, may be empty
 * @param iconUri        {@code platform:/plugin/...} address of the icon, or null
 * @param category       core or industry
 * @param departments    departments the module is meant for; empty means all
 * @param platformRange  the platform version range the module needs
 * @param contributor    symbolic name of the declaring bundle
 * @param version        version of the declaring bundle
 * @param state          active, incompatible or failed
 * @param problem        why the module is not active, translated; empty when active
 */
public record ModuleDescriptor(String id, String name, String description, String iconUri,
		ModuleCategory category, Set<String> departments, String platformRange, String contributor,
		String version, ModuleState state, String problem) {

	public ModuleDescriptor {
		departments = Set.copyOf(departments);
	}

	/** True when the module is meant for the given department (or for all). */
	public boolean servesDepartment(String department) {
		return departments.isEmpty() || departments.contains(department);
	}
}
