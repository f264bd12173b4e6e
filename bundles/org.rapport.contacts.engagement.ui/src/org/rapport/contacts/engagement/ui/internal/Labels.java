package org.rapport.contacts.engagement.ui.internal;

import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Priority;

/** Translated names of interaction types and priorities. */
final class Labels {

	private Labels() {
	}

	static String type(InteractionType type) {
		return switch (type) {
		case CALL -> Messages.Type_call;
		case VISIT -> Messages.Type_visit;
		case MEETING -> Messages.Type_meeting;
		case EMAIL -> Messages.Type_email;
		case MESSAGE -> Messages.Type_message;
		case NOTE -> Messages.Type_note;
		};
	}

	static String priority(Priority priority) {
		return switch (priority) {
		case LOW -> Messages.Priority_low;
		case NORMAL -> Messages.Priority_normal;
		case HIGH -> Messages.Priority_high;
		};
	}
}
