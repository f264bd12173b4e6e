package org.rapport.sales;

import java.time.LocalDate;
import java.util.List;

/**
 * Contracts with customers. Saving one gives its owner a renewal task that falls due the chosen number of days
 * before the term ends (so My Tasks and the reminders bring it up). Changes post
 * {@code org/rapport/sales/contract/<ACTION>}.
 */
public interface Contracts {

	String ENTITY = "contract";

	/**
	 * @throws org.rapport.platform.validation.ValidationException naming each field at fault: unknown customer,
	 *                                                             no title, a negative value, a term under one
	 *                                                             month, a reminder outside 0-365 days
	 */
	Contract create(ContractInput input);

	/** A customer's contracts, latest end first. */
	List<Contract> ofCustomer(long customerId, int limit);

	/** Contracts whose term ends between two days (both included), soonest first: the renewals to work on. */
	List<Contract> endingBetween(LocalDate from, LocalDate to, int limit);
}
