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
 * @param owner      whose: null for the company, a login, or a team's logins joined by commas
 * @param byCurrency the weighted forecast in each opportunity currency, before conversion
 * @param quota      the quotas of the owners (or everyone) for periods inside this one, converted
 */
public record Forecast(LocalDate from, LocalDate to, String owner, Money closed, Money weighted, Money pipeline,
		Money bestCase, String currency, Map<String, Money> byCurrency, Money quota) {

	/** Expected as a percentage of quota, or -1 without a quota. */
	public int attainment() {
		return quota.amount().signum() == 0 ? -1
				: expected().amount().multiply(java.math.BigDecimal.valueOf(100))
						.divide(quota.amount(), 0, java.math.RoundingMode.HALF_UP).intValue();
	}

	/** Closed plus weighted: the number a sales manager reports. */
	public Money expected() {
		return closed.plus(weighted);
	}
}
