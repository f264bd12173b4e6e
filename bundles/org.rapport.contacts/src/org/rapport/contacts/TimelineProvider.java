package org.rapport.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Contributes a module's events to customers' timelines (extension point
 * {@code org.rapport.contacts.timelineProviders}). Called through SafeRunner: a provider that throws is skipped.
 */
public interface TimelineProvider {

	/**
	 * A customer's entries at or before a time, newest first.
	 *
	 * @param before the latest time wanted (inclusive), or null for all
	 * @param limit  at most this many; reading them must not cost more than reading this many
	 * @param kinds  only these kinds (of this provider's), or all when empty
	 */
	List<TimelineEntry> entries(long customerId, Instant before, int limit, Set<String> kinds);
}
