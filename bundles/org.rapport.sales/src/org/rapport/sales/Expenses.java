package org.rapport.sales;

import java.util.List;

/**
 * Expenses against customers and opportunities. Every claim goes to a sales manager (a manager's own to an
 * administrator) through the platform's {@link org.rapport.platform.approvals.Approvals}; the claim learns the
 * decision when next read. Changes post {@code org/rapport/sales/expense/<ACTION>}.
 */
public interface Expenses {

	String ENTITY = "expense";

	/**
	 * @throws org.rapport.platform.validation.ValidationException naming each field at fault: an amount of zero or
	 *                                                             less, a day in the future, an unknown customer
	 *                                                             or opportunity, no description
	 */
	Expense claim(ExpenseInput input);

	/** The signed-in user's claims, newest first. */
	List<Expense> mine(int limit);

	/** What was spent on a customer, newest first. */
	List<Expense> ofCustomer(long customerId, int limit);
}
