package org.rapport.sales;

import java.time.LocalDate;

import org.rapport.platform.money.Money;

/**
 * A contract with a customer: what it is worth over its term and when it must be renewed.
 *
 * @param version      the version as stored, for optimistic locking: it changes with every save
 * @param orderId      the order it came from, or null
 * @param end          the last day of the term: the renewal date
 * @param reminderDays how many days before the end its owner is reminded (a task falls due then)
 * @param owner        login of who renews it
 */
public record Contract(long id, int version, String number, long customerId, Long orderId, String title, Money value,
		LocalDate start, LocalDate end, int reminderDays, String owner) {
}
