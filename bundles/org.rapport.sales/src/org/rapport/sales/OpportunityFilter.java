package org.rapport.sales;

import java.time.LocalDate;
import java.util.List;

/**
 * Which opportunities a pipeline board, an opportunity list or a forecast covers.
 *
 * @param processId a process id, or null for every process (a board needs one: null means the standard one)
 * @param owners    the logins of a rep or a team, or empty for the whole company
 * @param closeFrom first expected close date, or null for no limit
 * @param closeTo   last expected close date (included), or null for no limit
 */
public record OpportunityFilter(String processId, List<String> owners, LocalDate closeFrom, LocalDate closeTo) {

	public OpportunityFilter {
		owners = owners == null ? List.of() : List.copyOf(owners);
	}

	/** Everyone's opportunities of the standard process, whatever their close date. */
	public static OpportunityFilter all() {
		return new OpportunityFilter(null, List.of(), null, null);
	}

	public OpportunityFilter inPeriod(SalesPeriod period) {
		return new OpportunityFilter(processId, owners, period == null ? null : period.from(),
				period == null ? null : period.to());
	}
}
