package org.rapport.platform.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an erasure changed, without any personal value.
 *
 * @param customerId        the customer erased
 * @param at                when it was committed
 * @param changed           records changed or deleted per module, in the order the modules ran ({@code platform}
 *                          counts the approval requests about the customer's records)
 * @param auditEntriesKept  audit log entries about the customer's records that keep their old and new values (legal
 *                          retention; see {@link Privacy#erase})
 */
public record ErasureReport(long customerId, Instant at, Map<String, Integer> changed, int auditEntriesKept) {

	public ErasureReport {
		changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
	}

	/** Records changed or deleted in all modules; 0 when the customer was erased before. */
	public int total() {
		return changed.values().stream().mapToInt(Integer::intValue).sum();
	}
}
