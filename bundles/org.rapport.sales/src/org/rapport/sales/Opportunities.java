package org.rapport.sales;

import java.util.List;
import java.util.Optional;

/**
 * Opportunities and their stage history. Changes post {@code org/rapport/sales/opportunity/<ACTION>}; moving to
 * another stage posts {@code STAGE_CHANGED}.
 */
public interface Opportunities {

	String MODULE = "sales";

	/** The record type of opportunities, for sharing (declared to org.rapport.platform.recordTypes). */
	String RECORD_TYPE = "sales.opportunity";
	String ENTITY = "opportunity";
	String STAGE_CHANGED = "STAGE_CHANGED";

	/**
	 * @throws org.rapport.platform.validation.ValidationException naming each field at fault (a negative amount,
	 *                                                             an unknown customer, process or stage, a close
	 *                                                             date before today), nothing written
	 */
	Opportunity create(OpportunityInput input);

	/**
	 * What {@link #create} would refuse, without writing anything: for forms that check as the user types, and
	 * for conversions that must know before they create the customer (customer id 0: not checked).
	 */
	List<org.rapport.platform.validation.FieldError> problems(OpportunityInput input);

	/**
	 * Saves a changed opportunity; a new stage is recorded in its history as {@link #moveTo} does.
	 *
	 * @param version the version that was read: someone else's later save refuses this one
	 * @throws org.rapport.platform.validation.ValidationException naming each field at fault (the close date may
	 *                                                             not be before the day it was recorded); nothing
	 *                                                             written
	 * @throws org.rapport.platform.persistence.StaleRecordException naming the opportunity when someone else saved
	 *                                                               it after that version was read; nothing written
	 */
	Opportunity update(long id, int version, OpportunityInput input);

	/**
	 * A page of opportunities in one stage (or all stages when stageId is null), by expected close date then id.
	 *
	 * @param after the last one of the previous page, or null for the first page
	 */
	List<Opportunity> list(OpportunityFilter filter, String stageId, Opportunity after, int limit);

	/**
	 * The first cards of every column of a pipeline board, read together on one connection: for each stage, what
	 * {@code list(filter, stageId, null, perStage)} returns.
	 *
	 * @param stageIds the board's columns, stages of the filter's process (the standard one when it names none)
	 * @return each stage id, in the order given, with its first opportunities by close date then id (an empty list
	 *         for an empty column)
	 */
	java.util.Map<String, List<Opportunity>> board(OpportunityFilter filter, List<String> stageIds, int perStage);

	/**
	 * Open opportunities that entered an early stage (default probability at most maxProbability) before a time
	 * and are still there: where a rep needs help. Longest waiting first.
	 */
	List<Opportunity> stuck(OpportunityFilter filter, int maxProbability, java.time.Instant enteredBefore, int limit);

	/**
	 * Open opportunities in a late stage (default probability at least minProbability) whose close dates fall in the
	 * filter's dates: about to close. Earliest close date first.
	 */
	List<Opportunity> closing(OpportunityFilter filter, int minProbability, int limit);

	/** Moves it to another stage of its process, recording when; the probability becomes the stage's default. */
	default Opportunity moveTo(long id, int version, String stageId) {
		return moveTo(id, version, stageId, null);
	}

	/**
	 * Moves it to another stage, saying why when the stage loses it.
	 *
	 * @param version    the version the move was made on (the card on the board as read)
	 * @param lostReason why it was lost: required for a stage with the outcome LOST, ignored otherwise
	 * @throws org.rapport.platform.validation.ValidationException   for an unknown stage or a loss without a reason
	 * @throws org.rapport.platform.persistence.StaleRecordException naming the opportunity when someone else saved or
	 *                                                               moved it after that version was read; nothing
	 *                                                               written
	 */
	Opportunity moveTo(long id, int version, String stageId, String lostReason);

	Optional<Opportunity> find(long id);

	/** A customer's opportunities, latest close date first (at most limit). */
	List<Opportunity> ofCustomer(long customerId, int limit);

	/** The people involved on the customer's side, with their buying roles, in the order they were added. */
	List<BuyingContact> contacts(long id);

	/**
	 * Replaces the people involved and their roles.
	 *
	 * @throws org.rapport.platform.validation.ValidationException naming an unknown person or a missing role
	 */
	void contacts(long id, List<BuyingContact> contacts);

	/** The buyer signals ticked for the opportunity, as "stageId#position" of the signal in its stage. */
	java.util.Set<String> signals(long id);

	/**
	 * Ticks or clears a buyer signal of a stage of its process.
	 *
	 * @param position the signal's position in the stage, from 0
	 * @throws org.rapport.platform.validation.ValidationException for a stage or position the process has not
	 */
	void signal(long id, String stageId, int position, boolean ticked);

	/** The stages it went through, first first. */
	List<StageChange> history(long id);
}
