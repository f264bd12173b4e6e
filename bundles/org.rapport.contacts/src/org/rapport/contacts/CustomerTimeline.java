package org.rapport.contacts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A customer's history from every module that contributes to it, newest first, a page at a time. */
public interface CustomerTimeline {

	/** The kinds of entries the installed providers declare: id to translated label, for a filter. */
	Map<String, String> kinds();

	/**
	 * The next page of the timeline.
	 *
	 * @param after the last entry of the previous page, or null for the first page
	 * @param kinds only these kinds, or all when empty
	 */
	List<TimelineEntry> page(long customerId, TimelineEntry after, int limit, Set<String> kinds);
}
