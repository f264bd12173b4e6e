package org.rapport.sales;

import java.util.List;
import java.util.Optional;

/**
 * A sales process: ordered stages.
 *
 * @param companyOwn true for a process the company defined itself (it may change its stages), false for one a
 *                   module contributes through {@code org.rapport.sales.processes}
 */
public record SalesProcess(String id, String label, List<SalesStage> stages, boolean companyOwn) {

	public SalesProcess {
		stages = List.copyOf(stages);
	}

	/** A contributed process. */
	public SalesProcess(String id, String label, List<SalesStage> stages) {
		this(id, label, stages, false);
	}

	public Optional<SalesStage> stage(String stageId) {
		return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
	}
}
