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
 */
public record OpportunityInput(long customerId, String name, Money amount, LocalDate closeDate, String processId,
		String stageId, Integer probability, String owner) {
}
