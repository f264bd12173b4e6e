package org.rapport.sales;

import java.time.LocalDate;

import org.rapport.platform.money.Money;

/** An expense to claim: what for, how much, when, for which customer (and opportunity). */
public record ExpenseInput(ExpenseKind kind, Money amount, LocalDate spentOn, long customerId, Long opportunityId,
		String description) {
}
