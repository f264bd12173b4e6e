package org.rapport.contacts.engagement;

import java.time.Instant;

/**
 * Something someone must do by a time, often for a customer.
 *
 * @param customerId the customer it concerns, or null
 * @param owner      login of who must do it
 */
public record Task(long id, String title, Long customerId, Instant due, Priority priority, String owner, boolean done,
		String createdBy) {
}
