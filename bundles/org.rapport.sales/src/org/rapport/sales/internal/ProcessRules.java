package org.rapport.sales.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesStage;
import org.rapport.sales.SalesStage.Outcome;
import org.rapport.sales.internal.store.CompanyProcessStore;

/** What a company's own process must be: every fault named by field, such as {@code stages[3].label}. */
final class ProcessRules {

	private ProcessRules() {
	}

	/**
	 * The stages as they will be kept (new ones given ids), or every fault at once.
	 *
	 * @param inStages opportunities in each stage of the process now, by stage id
	 */
	static List<SalesStage> check(SalesProcess before, String label, List<SalesStage> stages, Map<String, Integer> inStages) {
		List<FieldError> errors = new ArrayList<>();
		if (label == null || label.isBlank() || label.strip().length() > 200) {
			errors.add(new FieldError("label", Messages.Process_noName));
		}
		List<SalesStage> kept = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		stages.forEach(s -> ids.add(s.id()));
		int won = 0;
		int lost = 0;
		boolean closed = false;
		for (int i = 0; i < stages.size(); i++) {
			SalesStage s = stages.get(i);
			String field = "stages[" + (i + 1) + "].";
			String name = s.label() == null ? "" : s.label().strip();
			if (name.isEmpty() || name.length() > 100) {
				errors.add(new FieldError(field + "label", Messages.Process_stageName));
			}
			if (s.probability() < 0 || s.probability() > 100) {
				errors.add(new FieldError(field + "probability", Messages.Opportunity_badProbability));
			}
			Outcome outcome = s.outcome() == null ? Outcome.OPEN : s.outcome();
			if (outcome == Outcome.OPEN && closed) {
				errors.add(new FieldError(field + "outcome", Messages.Process_openAfterClosed));
			}
			if (outcome == Outcome.WON) {
				won++;
				closed = true;
				if (s.probability() != 100) {
					errors.add(new FieldError(field + "probability", Messages.Process_won100));
				}
			}
			if (outcome == Outcome.LOST) {
				lost++;
				closed = true;
				if (s.probability() != 0) {
					errors.add(new FieldError(field + "probability", Messages.Process_lost0));
				}
			}
			List<String> signals = new ArrayList<>();
			for (String signal : s.signals()) {
				if (signal != null && !signal.isBlank()) {
					signals.add(signal.strip().replaceAll("\\s+", " "));
				}
			}
			if (signals.stream().anyMatch(x -> x.length() > 300) || String.join("\n", signals).length() > 4000) {
				errors.add(new FieldError(field + "signals", Messages.Process_signalsLong));
			}
			String id = s.id() == null || s.id().isBlank() ? CompanyProcessStore.newId("", name, "stage", ids) : s.id().strip();
			ids.add(id);
			kept.add(new SalesStage(id, name, s.probability(), outcome, signals));
		}
		if (won != 1 || lost != 1 || kept.size() < 3) {
			errors.add(new FieldError("stages", Messages.Process_closingStages));
		}
		Set<String> unique = new HashSet<>();
		for (int i = 0; i < kept.size(); i++) {
			if (!unique.add(kept.get(i).id())) {
				errors.add(new FieldError("stages[" + (i + 1) + "].id", NLS.bind(Messages.Process_sameStage, kept.get(i).id())));
			}
		}
		for (SalesStage old : before.stages()) {
			int count = inStages.getOrDefault(old.id(), 0);
			if (count > 0 && !unique.contains(old.id())) {
				errors.add(new FieldError("stages", NLS.bind(Messages.Process_stageInUse, old.label(), count)));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return kept;
	}
}
