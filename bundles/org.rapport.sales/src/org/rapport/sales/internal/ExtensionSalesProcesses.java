package org.rapport.sales.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

/** Processes read from the extension registry; a contribution with a wrong probability is skipped and logged. */
@Component(service = SalesProcesses.class)
public class ExtensionSalesProcesses implements SalesProcesses {

	private static final System.Logger LOG = System.getLogger(ExtensionSalesProcesses.class.getName());
	static final String STANDARD = "org.rapport.sales.standard";

	@Reference
	private IExtensionRegistry registry;

	@Override
	public List<SalesProcess> list() {
		List<SalesProcess> processes = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				List<SalesStage> stages = new ArrayList<>();
				for (IConfigurationElement stage : element.getChildren("stage")) {
					int probability = Integer.parseInt(stage.getAttribute("probability").strip());
					if (probability < 0 || probability > 100) {
						throw new IllegalArgumentException("probability " + probability + " of stage " + stage.getAttribute("id"));
					}
					String outcome = stage.getAttribute("outcome");
					List<String> signals = new ArrayList<>();
					for (IConfigurationElement signal : stage.getChildren("signal")) {
						signals.add(signal.getAttribute("label"));
					}
					stages.add(new SalesStage(stage.getAttribute("id"), stage.getAttribute("label"), probability,
							outcome == null ? SalesStage.Outcome.OPEN
									: SalesStage.Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)), signals));
				}
				processes.add(new SalesProcess(element.getAttribute("id"), element.getAttribute("label"), stages));
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.ERROR, "Sales process " + element.getAttribute("id") + " of "
						+ element.getContributor().getName() + " is wrong and was skipped", e);
			}
		}
		return processes;
	}

	@Override
	public Optional<SalesProcess> find(String id) {
		return list().stream().filter(p -> p.id().equals(id)).findFirst();
	}

	@Override
	public SalesProcess standard() {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (Boolean.parseBoolean(element.getAttribute("default"))) {
				Optional<SalesProcess> found = find(element.getAttribute("id"));
				if (found.isPresent()) {
					return found.get();
				}
			}
		}
		return find(STANDARD).orElseThrow();
	}
}
