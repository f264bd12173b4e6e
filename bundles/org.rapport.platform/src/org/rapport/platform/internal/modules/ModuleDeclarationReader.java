package org.rapport.platform.internal.modules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.rapport.platform.modules.ModuleActivation;
import org.rapport.platform.modules.ModuleCategory;
import org.rapport.platform.modules.ModuleDescriptor;
import org.rapport.platform.modules.ModuleState;

/** Turns one {@code module} element into a descriptor, checking compatibility and running its activation. */
final class ModuleDeclarationReader {

	private static final System.Logger LOG = System.getLogger(ModuleDeclarationReader.class.getName());

	private final Version platform;

	ModuleDeclarationReader(Version platform) {
		this.platform = platform;
	}

	Optional<ModuleDescriptor> read(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		String id = element.getAttribute("id");
		if (id == null || id.isBlank()) {
			LOG.log(System.Logger.Level.WARNING, "Module declaration without id in bundle " + contributor + " skipped");
			return Optional.empty();
		}
		String rangeText = valueOr(element.getAttribute("platformVersion"), "0.0.0");
		ModuleState state = ModuleState.ACTIVE;
		String problem = "";
		try {
			if (!new VersionRange(rangeText).includes(platform)) {
				state = ModuleState.INCOMPATIBLE;
				problem = NLS.bind(Messages.Module_incompatible, rangeText, platform);
			}
		} catch (IllegalArgumentException e) {
			state = ModuleState.INCOMPATIBLE;
			problem = NLS.bind(Messages.Module_badRange, rangeText);
		}
		if (state == ModuleState.ACTIVE && element.getAttribute("class") != null) {
			problem = activate(element, id);
			state = problem.isEmpty() ? ModuleState.ACTIVE : ModuleState.FAILED;
		}
		return Optional.of(new ModuleDescriptor(id, valueOr(element.getAttribute("name"), id),
				valueOr(element.getAttribute("description"), ""), iconUri(contributor, element.getAttribute("icon")),
				category(element.getAttribute("category")), departments(element.getAttribute("departments")), rangeText,
				contributor, bundleVersion(element), state, problem));
	}

	/** Runs the module's activation hook; returns the translated problem, empty when it succeeded. */
	private String activate(IConfigurationElement element, String id) {
		String[] problem = { "" };
		SafeRunner.run(new ISafeRunnable() {
			@Override
			public void run() throws Exception {
				ModuleActivation activation = (ModuleActivation) element.createExecutableExtension("class");
				activation.activate(new ModuleDescriptor(id, id, "", null, ModuleCategory.CORE, Set.of(), "",
						element.getContributor().getName(), "", ModuleState.ACTIVE, ""));
			}

			@Override
			public void handleException(Throwable e) {
				problem[0] = NLS.bind(Messages.Module_failed, String.valueOf(e.getMessage()));
				LOG.log(System.Logger.Level.ERROR, "Module " + id + " failed to start and was skipped", e);
			}
		});
		return problem[0];
	}

	private static String bundleVersion(IConfigurationElement element) {
		org.osgi.framework.Bundle[] bundles = org.osgi.framework.FrameworkUtil.getBundle(ModuleDeclarationReader.class)
				.getBundleContext().getBundles();
		return Arrays.stream(bundles).filter(b -> element.getContributor().getName().equals(b.getSymbolicName()))
				.map(b -> b.getVersion().toString()).findFirst().orElse("");
	}

	private static String iconUri(String contributor, String icon) {
		return icon == null || icon.isBlank() ? null : "platform:/plugin/" + contributor + "/" + icon;
	}

	private static ModuleCategory category(String value) {
		return "industry".equalsIgnoreCase(value) ? ModuleCategory.INDUSTRY : ModuleCategory.CORE;
	}

	private static Set<String> departments(String value) {
		if (value == null || value.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(value.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
				.collect(Collectors.toSet());
	}

	private static String valueOr(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
