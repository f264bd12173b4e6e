package org.rapport.platform.internal.modules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.modules.ModuleDescriptor;
import org.rapport.platform.modules.ModuleRegistry;

/**
 * Reads module declarations once, on first use, and starts the compatible ones. Reading needs no class of
 * any module; only modules with an activation hook load a class, inside SafeRunner.
 */
@Component(service = ModuleRegistry.class)
public class ExtensionModuleRegistry implements ModuleRegistry {

	@Reference
	private IExtensionRegistry extensionRegistry;

	private volatile List<ModuleDescriptor> modules;

	@Override
	public List<ModuleDescriptor> modules() {
		List<ModuleDescriptor> result = modules;
		if (result == null) {
			synchronized (this) {
				if (modules == null) {
					modules = load();
				}
				result = modules;
			}
		}
		return result;
	}

	@Override
	public Optional<ModuleDescriptor> module(String id) {
		return modules().stream().filter(m -> m.id().equals(id)).findFirst();
	}

	@Override
	public String platformVersion() {
		Version v = FrameworkUtil.getBundle(getClass()).getVersion();
		return new Version(v.getMajor(), v.getMinor(), v.getMicro()).toString();
	}

	private List<ModuleDescriptor> load() {
		ModuleDeclarationReader reader = new ModuleDeclarationReader(Version.parseVersion(platformVersion()));
		List<ModuleDescriptor> result = new ArrayList<>();
		for (IConfigurationElement element : extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT)) {
			reader.read(element).ifPresent(result::add);
		}
		result.sort(Comparator.comparing(ModuleDescriptor::category).thenComparing(ModuleDescriptor::name,
				String.CASE_INSENSITIVE_ORDER));
		return List.copyOf(result);
	}
}
