package org.rapport.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Forecasts computed in SQL, and the dated exchange rates they convert with. */
public interface Forecasts {

	/**
	 * The forecast of opportunities closing in a period (both days included).
	 *
	 * @param owner    only this owner's, or null for everyone's
	 * @param currency the company currency (ISO code)
	 * @throws org.rapport.platform.validation.ValidationException naming a currency without a rate for a date
	 */
	Forecast forecast(LocalDate from, LocalDate to, String owner, String currency);

	/**
	 * The pipeline of a process: every stage in order with its open opportunities counted and summed in SQL,
	 * optionally for one owner.
	 */
	java.util.List<PipelineStage> pipeline(String processId, String owner);

	/** Sets how many units of the company currency one unit of a currency is worth from a day on. */
	void rate(String currency, LocalDate validFrom, BigDecimal toCompanyCurrency);
}
