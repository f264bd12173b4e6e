package org.rapport.sales;

import java.util.Map;

import org.rapport.platform.money.Money;

/**
 * One stage of the pipeline: how many open opportunities are in it, their amounts and weighted amounts per
 * currency (a column of the pipeline board).
 */
public record PipelineStage(String processId, String stageId, String label, int count, Map<String, Money> total,
		Map<String, Money> weighted) {

	public PipelineStage {
		total = Map.copyOf(total);
		weighted = Map.copyOf(weighted);
	}
}
