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
	default Forecast forecast(LocalDate from, LocalDate to, String owner, String currency) {
		return forecast(new OpportunityFilter(null, owner == null ? java.util.List.of() : java.util.List.of(owner), from,
				to), currency);
	}

	/**
	 * The forecast of the opportunities a filter covers (its close dates bound the period; every process when it
	 * names none), beside the quotas of its owners (or of everyone) set for periods inside it.
	 *
	 * @throws org.rapport.platform.validation.ValidationException naming a currency without a rate for a date, or
	 *                                                             a filter without both dates
	 */
	Forecast forecast(OpportunityFilter filter, String currency);

	/**
	 * Each owner's forecast of the filter (every owner it names; without names, everyone with opportunities or a
	 * quota in the period), summed in one query rather than one per rep.
	 */
	java.util.Map<String, Forecast> forecastByOwner(OpportunityFilter filter, String currency);

	/**
	 * The pipeline of a process: every stage in order with its open opportunities counted and summed in SQL,
	 * optionally for one owner.
	 */
	default java.util.List<PipelineStage> pipeline(String processId, String owner) {
		return pipeline(new OpportunityFilter(processId, owner == null ? java.util.List.of() : java.util.List.of(owner),
				null, null));
	}

	/** The pipeline of a filter's process (the standard one when it names none), its owners and close dates. */
	java.util.List<PipelineStage> pipeline(OpportunityFilter filter);

	/**
	 * Sets a rep's quota for a period (replacing the one set for the same days).
	 *
	 * @throws org.rapport.platform.validation.ValidationException for a negative amount or an empty period
	 */
	void quota(String owner, SalesPeriod period, org.rapport.platform.money.Money amount);

	/** The currency forecasts and quotas are reported in (ISO code): MYR until an administrator sets another. */
	String companyCurrency();

	/** @throws org.rapport.platform.validation.ValidationException for a code that is no ISO 4217 currency */
	void companyCurrency(String code);

	/** Sets how many units of the company currency one unit of a currency is worth from a day on. */
	void rate(String currency, LocalDate validFrom, BigDecimal toCompanyCurrency);
}
