package org.rapport.contacts.engagement;

/** The views of someone's open tasks. */
public enum TaskWindow {
	/** Due before now. */
	OVERDUE,
	/** Due by the end of today, overdue ones included. */
	TODAY,
	/** Due by the end of this week (by the locale's first day), overdue ones included. */
	THIS_WEEK,
	/** Every open task. */
	OPEN
}
