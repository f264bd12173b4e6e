package org.rapport.contacts;

/**
 * A named group of customers: a static list whose members are added and removed by hand, or a rule whose
 * members are whoever matches it at the time. Marketing target lists, analytics filters, assignments and the
 * customer list's saved views use segments.
 *
 * @param id      stable id
 * @param version the version read, handed back to {@link Segments#update} so that a change saved meanwhile is not
 *                overwritten
 * @param name    unique name
 * @param rule    the rule, or null for a static list
 * @param owner   login of who made it
 */
public record Segment(long id, int version, String name, SegmentRule rule, String owner) {

	public boolean isStatic() {
		return rule == null;
	}
}
