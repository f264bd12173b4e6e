package org.rapport.sales;

import java.util.List;

/**
 * A stage of a sales process.
 *
 * @param probability default win probability in percent
 * @param outcome     WON or LOST for closing stages, OPEN otherwise
 * @param signals     buyer signals expected at this stage, translated
 */
public record SalesStage(String id, String label, int probability, Outcome outcome, List<String> signals) {

	/** Whether a stage is still open or closes the opportunity. */
	public enum Outcome {
		OPEN, WON, LOST
	}

	public SalesStage {
		signals = List.copyOf(signals);
	}
}
