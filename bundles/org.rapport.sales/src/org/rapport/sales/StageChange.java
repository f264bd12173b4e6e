package org.rapport.sales;

import java.time.Instant;

/** An opportunity's entry into a stage, as its stage history keeps it. */
public record StageChange(String stageId, Instant entered, String by) {
}
