package org.rapport.sales;

import java.util.List;
import java.util.Map;

/** Leads and their fair assignment to a team. Changes post {@code org/rapport/sales/lead/<ACTION>}. */
public interface Leads {

	String ENTITY = "lead";

	/** @throws org.rapport.platform.validation.ValidationException naming the field at fault */
	Lead create(String name, String company, String email, String source);

	/** Leads in a status, oldest first (at most limit). */
	List<Lead> inStatus(LeadStatus status, int limit);

	/**
	 * Hands leads to the people of a team with a strategy; each person gets a follow-up task per lead.
	 *
	 * @param strategyId an id of {@code org.rapport.sales.assignmentStrategies}
	 * @return how many leads each person got, in the team's order
	 * @throws org.rapport.platform.validation.ValidationException for an unknown strategy or an empty team
	 */
	Map<String, Integer> assign(List<Long> leadIds, String strategyId, List<String> people);
}
