package org.rapport.sales;

import java.time.LocalDate;

import org.rapport.platform.money.Money;

/**
 * A new contract.
 *
 * @param months       the term in months from the start
 * @param reminderDays days before the end the owner is reminded to renew (30 when null)
 * @param owner        a login, or null for the one saving it
 */
public record ContractInput(long customerId, Long orderId, String title, Money value, LocalDate start, int months,
		Integer reminderDays, String owner) {
}
