package org.rapport.contacts.engagement;

import java.time.Instant;
import java.util.List;

/**
 * A recorded contact with a customer.
 *
 * @param participants logins of the people on our side
 * @param channel      the phone number, address, app used (free text), or empty
 * @param recordedBy   login of who recorded it
 */
public record Interaction(long id, long customerId, InteractionType type, Instant at, int minutes, String channel,
		List<String> participants, String outcome, String nextStep, String recordedBy) {

	public Interaction {
		participants = List.copyOf(participants);
	}
}
