package org.rapport.contacts.engagement;

import java.time.Instant;

/**
 * A new task.
 *
 * @param customerId the customer it concerns, or null
 * @param owner      login of who must do it; null for the one creating it
 */
public record TaskInput(String title, Long customerId, Instant due, Priority priority, String owner) {
}
