package org.rapport.contacts.engagement;

/** How urgent a task is. */
public enum Priority {
	LOW, NORMAL, HIGH
}
