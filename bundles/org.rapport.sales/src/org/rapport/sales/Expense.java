package org.rapport.sales;

import java.time.LocalDate;

import org.rapport.platform.money.Money;

/**
 * Money spent to win or keep a customer, reimbursed once approved.
 *
 * @param version       the version as stored, for optimistic locking: it changes with every save
 * @param opportunityId the opportunity it was spent for, or null
 * @param rejection     the approver's reason when rejected, or empty
 */
public record Expense(long id, int version, ExpenseKind kind, Money amount, LocalDate spentOn, long customerId,
		Long opportunityId, String description, String spentBy, ExpenseStatus status, String rejection) {
}
