package org.rapport.contacts.engagement.internal;

import org.rapport.contacts.engagement.InteractionType;

/** Translated names of interaction types. */
public final class Labels {

	private Labels() {
	}

	public static String type(InteractionType type) {
		return switch (type) {
		case CALL -> Messages.Type_call;
		case VISIT -> Messages.Type_visit;
		case MEETING -> Messages.Type_meeting;
		case EMAIL -> Messages.Type_email;
		case MESSAGE -> Messages.Type_message;
		case NOTE -> Messages.Type_note;
		};
	}
}
