package org.rapport.sales;

import java.time.LocalDate;

import org.rapport.platform.money.Money;

/**
 * A new opportunity, or its new state.
 *
 * @param processId   a process id, or null for the standard one
 * @param stageId     a stage of the process, or null for its first
 * @param probability win probability in percent, or null for the stage's default
 * @param owner       a login, or null for the one saving it
 * @param nextStep    what the owner does next, or null
 * @param competitors who else the customer is talking to, or null
 * @param lostReason  why it was lost: required for a stage with the outcome LOST, ignored otherwise
 */
public record OpportunityInput(long customerId, String name, Money amount, LocalDate closeDate, String processId,
		String stageId, Integer probability, String owner, String nextStep, String competitors, String lostReason) {

	public OpportunityInput(long customerId, String name, Money amount, LocalDate closeDate, String processId,
			String stageId, Integer probability, String owner, String nextStep, String competitors) {
		this(customerId, name, amount, closeDate, processId, stageId, probability, owner, nextStep, competitors, null);
	}

	public OpportunityInput(long customerId, String name, Money amount, LocalDate closeDate, String processId,
			String stageId, Integer probability, String owner) {
		this(customerId, name, amount, closeDate, processId, stageId, probability, owner, null, null);
	}

	/** The input that would save an opportunity as it is. */
	public static OpportunityInput of(Opportunity o) {
		return new OpportunityInput(o.customerId(), o.name(), o.amount(), o.closeDate(), o.processId(), o.stageId(),
				o.probability(), o.owner(), o.nextStep(), o.competitors(), o.lostReason());
	}
}
