package org.rapport.contacts.engagement;

import java.time.Instant;
import java.util.List;

/**
 * What a salesperson records about a contact with a customer.
 *
 * @param minutes      how long it took; 0 when it does not apply (an email)
 * @param participants logins of the people on our side; empty means the one recording it
 * @param followUp     when the next step is due: a task for it is created at once; null for none
 */
public record InteractionInput(long customerId, InteractionType type, Instant at, int minutes, String channel,
		List<String> participants, String outcome, String nextStep, Instant followUp) {

	public InteractionInput {
		participants = participants == null ? List.of() : List.copyOf(participants);
	}
}
