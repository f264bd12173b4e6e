package org.rapport.contacts.engagement;

/**
 * The event topics the engagement services post on: interactions, tasks and appointments (each matches every
 * action: {@code CREATED}, {@code UPDATED}, {@code DELETED}).
 */
public final class EngagementTopics {

	public static final String INTERACTIONS = "org/rapport/contacts/" + Interactions.ENTITY + "/*";
	public static final String TASKS = "org/rapport/contacts/" + Tasks.ENTITY + "/*";
	public static final String APPOINTMENTS = "org/rapport/contacts/" + TeamCalendar.ENTITY + "/*";

	private EngagementTopics() {
	}
}
