package org.rapport.sales;

import java.time.LocalDate;
import java.util.Map;

import org.rapport.platform.money.Money;

/**
 * The forecast of a period: closed revenue plus the open opportunities' amounts times their probabilities,
 * beside the pipeline (all open amounts) and the best case (closed plus the whole pipeline).
 *
 * @param currency   the company currency every figure is converted to, with the rate valid at each
 *                   opportunity's close date
 * @param byCurrency the weighted forecast in each opportunity currency, before conversion
 */
public record Forecast(LocalDate from, LocalDate to, String owner, Money closed, Money weighted, Money pipeline,
		Money bestCase, String currency, Map<String, Money> byCurrency) {

	/** Closed plus weighted: the number a sales manager reports. */
	public Money expected() {
		return closed.plus(weighted);
	}
}
