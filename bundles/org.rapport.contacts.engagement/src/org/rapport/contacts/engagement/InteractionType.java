package org.rapport.contacts.engagement;

/** How a contact with a customer happened. */
public enum InteractionType {
	CALL, VISIT, MEETING, EMAIL, MESSAGE, NOTE
}
