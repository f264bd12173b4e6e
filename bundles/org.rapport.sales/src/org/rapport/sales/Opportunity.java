package org.rapport.sales;

import java.time.Instant;
import java.time.LocalDate;

import org.rapport.platform.money.Money;

/**
 * A chance to sell to a customer.
 *
 * @param probability  win probability in percent: the stage's default unless its owner set another
 * @param stageEntered when it entered its current stage
 * @param nextStep     what the owner does next, or empty
 * @param competitors  who else the customer is talking to, or empty
 * @param created      when it was recorded: its expected close date cannot be earlier
 * @param lostReason   why it was lost, or empty
 */
public record Opportunity(long id, int version, long customerId, String name, Money amount, LocalDate closeDate,
		String processId, String stageId, int probability, String owner, Instant stageEntered, String nextStep,
		String competitors, Instant created, String lostReason) {

	/** Whole days since it entered its current stage. */
	public long daysInStage(Instant now) {
		return java.time.Duration.between(stageEntered, now).toDays();
	}
}
