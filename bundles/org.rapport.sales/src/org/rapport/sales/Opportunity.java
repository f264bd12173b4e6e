package org.rapport.sales;

import java.time.Instant;
import java.time.LocalDate;

import org.rapport.platform.money.Money;

/**
 * A chance to sell to a customer.
 *
 * @param probability  win probability in percent: the stage's default unless its owner set another
 * @param stageEntered when it entered its current stage
 */
public record Opportunity(long id, int version, long customerId, String name, Money amount, LocalDate closeDate,
		String processId, String stageId, int probability, String owner, Instant stageEntered) {
}
