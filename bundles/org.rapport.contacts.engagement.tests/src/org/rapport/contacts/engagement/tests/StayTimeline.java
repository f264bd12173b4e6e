package org.rapport.contacts.engagement.tests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.rapport.contacts.TimelineEntry;
import org.rapport.contacts.TimelineProvider;

/** A vendor's provider: a hotel stay every 100 days, going back from 2026-11-01. */
public class StayTimeline implements TimelineProvider {

	static final Instant LATEST = Instant.parse("2026-11-01T12:00:00Z");

	@Override
	public List<TimelineEntry> entries(long customerId, Instant before, int limit, Set<String> kinds) {
		return IntStream.range(0, 5).mapToObj(i -> LATEST.minus(100L * i, ChronoUnit.DAYS))
				.filter(at -> before == null || !at.isAfter(before)).limit(limit)
				.map(at -> new TimelineEntry("hotel.stay", at, "Stayed 2 nights", "", "", at.toString())).toList();
	}
}
