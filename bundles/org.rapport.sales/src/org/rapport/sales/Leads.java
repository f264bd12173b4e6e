package org.rapport.sales;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Leads, their statuses, their fair assignment to a team and their conversion into customers and opportunities.
 * Changes post {@code org/rapport/sales/lead/<ACTION>}.
 */
public interface Leads {

	String ENTITY = "lead";

	/** @throws org.rapport.platform.validation.ValidationException naming the field at fault */
	default Lead create(String name, String company, String email, String source) {
		return create(new LeadInput(name, company, email, null, source, null));
	}

	/** @throws org.rapport.platform.validation.ValidationException naming the field at fault */
	Lead create(LeadInput input);

	Optional<Lead> find(long id);

	/** Leads in a status, oldest first (at most limit). */
	default List<Lead> inStatus(LeadStatus status, int limit) {
		return list(status, null, null, limit);
	}

	/**
	 * A page of leads, oldest first.
	 *
	 * @param status only leads in this status, or null for every open one (new, contacted, intent)
	 * @param owner  only this rep's, "" for unassigned ones, or null for anyone's
	 * @param after  the last lead of the previous page, or null
	 */
	List<Lead> list(LeadStatus status, String owner, Lead after, int limit);

	/**
	 * Records that a lead was contacted, showed intent, or was lost (with a reason); each change is kept in the
	 * lead's history.
	 *
	 * @param version the version of the lead that was read ({@link Lead#version()})
	 * @throws org.rapport.platform.validation.ValidationException for a lost lead without a reason, for QUALIFIED
	 *                                                             (a lead qualifies by converting it), or for a lead
	 *                                                             already converted
	 * @throws org.rapport.platform.persistence.StaleRecordException when someone else saved the lead after that
	 *                                                               version was read; nothing written
	 */
	Lead setStatus(long id, int version, LeadStatus status, String reason);

	/**
	 * Converts a lead: creates or links the account and the person, opens the opportunity, notes the lead's
	 * history (source, statuses, owner) on the person's timeline, and marks the lead QUALIFIED with links to them.
	 * All of it, or nothing when something is refused.
	 *
	 * @param version the version of the lead that was read ({@link Lead#version()})
	 * @throws org.rapport.platform.validation.ValidationException naming what was refused; nothing written
	 * @throws org.rapport.platform.persistence.StaleRecordException naming the lead when someone else saved it after
	 *                                                               that version was read (checked before anything is
	 *                                                               made) or while it was converted; the lead is left
	 *                                                               as they saved it
	 */
	Lead convert(long id, int version, LeadConversion conversion);

	/** The lead's statuses, first first: each "STATUS at by (reason)" as a record. */
	List<LeadChange> history(long id);

	/**
	 * Reads leads from a CSV file with a header row (name, company, email, phone, source, region; English column
	 * names or the field names), all or nothing.
	 *
	 * @return how many were added
	 * @throws org.rapport.platform.validation.ValidationException naming the line and column of every fault;
	 *                                                             nothing added
	 */
	int importLeads(Reader csv, String fileName, IProgressMonitor monitor);

	/**
	 * Hands leads to the people of a team with a strategy; each person gets a follow-up task per lead.
	 *
	 * @param leads      the leads as read: a lead someone else saved or handed out after it was read is not handed
	 *                   out again
	 * @param strategyId an id of {@code org.rapport.sales.assignmentStrategies}
	 * @return how many leads each person got, in the team's order
	 * @throws org.rapport.platform.validation.ValidationException   for an unknown strategy or an empty team
	 * @throws org.rapport.platform.persistence.StaleRecordException naming the first lead saved by someone else after
	 *                                                               it was read; no lead is handed out
	 */
	Map<String, Integer> assign(List<Lead> leads, String strategyId, List<String> people);

	/** The installed assignment strategies: id to translated label, in contribution order. */
	Map<String, String> strategies();

	/** The territory rules: region (as written) to the login of the rep who covers it. */
	Map<String, String> territories();

	/** Sets who covers a region (null or empty login: nobody). Regions match case and accents ignored. */
	void territory(String region, String login);
}
