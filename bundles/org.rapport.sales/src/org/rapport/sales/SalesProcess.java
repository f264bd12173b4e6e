package org.rapport.sales;

import java.util.List;
import java.util.Optional;

/** A sales process contributed through {@code org.rapport.sales.processes}: ordered stages. */
public record SalesProcess(String id, String label, List<SalesStage> stages) {

	public SalesProcess {
		stages = List.copyOf(stages);
	}

	public Optional<SalesStage> stage(String stageId) {
		return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
	}
}
