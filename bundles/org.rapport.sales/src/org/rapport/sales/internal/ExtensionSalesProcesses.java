package org.rapport.sales.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Opportunities;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;
import org.rapport.sales.internal.store.CompanyProcessStore;

/**
 * Processes read from the extension registry, with the company's probabilities for their stages, followed by the
 * company's own processes; a contribution with a wrong probability is skipped and logged.
 */
@Component(service = SalesProcesses.class)
public class ExtensionSalesProcesses implements SalesProcesses {

	private static final System.Logger LOG = System.getLogger(ExtensionSalesProcesses.class.getName());
	static final String STANDARD = "org.rapport.sales.standard";

	@Reference
	private IExtensionRegistry registry;

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	private CompanyProcessStore store;

	@Activate
	void activate() {
		store = new CompanyProcessStore(database);
	}

	@Override
	public List<SalesProcess> list() {
		CompanyProcessStore.Snapshot company = store.read();
		List<SalesProcess> processes = contributed(company.probabilities());
		processes.addAll(company.own());
		return processes;
	}

	private List<SalesProcess> contributed(Map<String, Integer> own) {
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
					probability = own.getOrDefault(element.getAttribute("id") + "/" + stage.getAttribute("id"), probability);
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
		String chosen = store.read().standard();
		if (chosen != null) {
			Optional<SalesProcess> found = find(chosen);
			if (found.isPresent()) {
				return found.get();
			}
		}
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

	@Override
	public void standard(String processId) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		SalesProcess process = existing(processId);
		store.standard(process.id(), audited(process.id(), "standard", null, process.id()));
		changed(process.id());
	}

	@Override
	public void probability(String processId, String stageId, Integer percent) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		SalesProcess process = existing(processId);
		if (process.stage(stageId).isEmpty()) {
			throw new ValidationException("stage", NLS.bind(Messages.Opportunity_noStage, stageId, process.label()));
		}
		if (percent != null && (percent < 0 || percent > 100)) {
			throw new ValidationException("probability", Messages.Opportunity_badProbability);
		}
		if (process.companyOwn()) {
			if (percent == null) {
				throw new ValidationException("probability", Messages.Process_noDefault);
			}
			List<SalesStage> stages = new ArrayList<>();
			for (SalesStage s : process.stages()) {
				stages.add(s.id().equals(stageId) ? new SalesStage(s.id(), s.label(), percent, s.outcome(), s.signals()) : s);
			}
			define(processId, process.label(), stages);
			return;
		}
		store.probability(processId, stageId, percent, audited(processId + "/" + stageId, "probability", null,
				String.valueOf(percent)));
		changed(processId + "/" + stageId);
	}

	@Override
	public SalesProcess copy(String sourceId, String label) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		SalesProcess source = existing(sourceId);
		if (label == null || label.isBlank() || label.strip().length() > 200) {
			throw new ValidationException("label", Messages.Process_noName);
		}
		String id = CompanyProcessStore.newId("company.", label, "process", list().stream().map(SalesProcess::id).toList());
		SalesProcess copy = new SalesProcess(id, label.strip(), source.stages(), true);
		store.save(copy, security.currentLogin(), true, audited(id, "copy", source.id(), label.strip()));
		changed(id);
		return find(id).orElseThrow();
	}

	@Override
	public SalesProcess define(String processId, String label, List<SalesStage> stages) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		SalesProcess before = own(processId);
		List<SalesStage> kept = ProcessRules.check(before, label, stages, store.inStages(processId));
		store.save(new SalesProcess(processId, label.strip(), kept, true), security.currentLogin(), false,
				audited(processId, "stages", describe(before.stages()), describe(kept)));
		changed(processId);
		return find(processId).orElseThrow();
	}

	@Override
	public void remove(String processId) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		SalesProcess process = own(processId);
		int used = store.inStages(processId).values().stream().mapToInt(Integer::intValue).sum();
		if (used > 0) {
			throw new ValidationException("process", NLS.bind(Messages.Process_inUse, process.label(), used));
		}
		store.remove(processId, audited(processId, "removed", process.label(), null));
		changed(processId);
	}

	private SalesProcess existing(String processId) {
		return find(processId).orElseThrow(
				() -> new ValidationException("process", NLS.bind(Messages.Opportunity_noProcess, processId)));
	}

	private SalesProcess own(String processId) {
		SalesProcess process = existing(processId);
		if (!process.companyOwn()) {
			throw new ValidationException("process", NLS.bind(Messages.Process_contributed, process.label()));
		}
		return process;
	}

	private static String describe(List<SalesStage> stages) {
		return String.join(", ", stages.stream().map(s -> s.label() + " " + s.probability() + "%").toList());
	}

	/** The audit row of a change, written in the change's transaction. */
	private Jdbc.Change audited(String what, String field, String before, String after) {
		return c -> audit.record(c, "sales.process", what, field, before, after);
	}

	/** Tells the workbench after the change committed. */
	private void changed(String what) {
		EventAdmin admin = events;
		if (admin != null) {
			admin.postEvent(new Event(CHANGED_TOPIC, Map.of("id", what)));
		}
	}
}
