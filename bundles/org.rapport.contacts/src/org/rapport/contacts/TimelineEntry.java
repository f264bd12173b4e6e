package org.rapport.contacts;

import java.time.Instant;

/**
 * Something that happened with a customer, as the customer's timeline shows it.
 *
 * @param kind      the kind, as its provider declares it ({@code call}, {@code meeting}, {@code opportunity.won})
 * @param at        when it happened
 * @param title     one line saying what happened
 * @param detail    more text (outcome, next step), or empty
 * @param source    id of the provider that contributed it
 * @param reference the provider's id of the record, opaque to everyone else
 */
public record TimelineEntry(String kind, Instant at, String title, String detail, String source, String reference) {

	public TimelineEntry {
		detail = detail == null ? "" : detail;
	}
}
