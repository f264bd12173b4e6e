package org.rapport.sales;

import java.time.Instant;

/** A lead's move to a status, as its history keeps it. */
public record LeadChange(LeadStatus status, Instant at, String by, String reason) {
}
