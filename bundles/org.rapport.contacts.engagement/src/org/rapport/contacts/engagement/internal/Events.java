package org.rapport.contacts.engagement.internal;

import org.osgi.service.event.EventAdmin;
import org.rapport.platform.events.RecordEvents;

/** Posts engagement events on the contacts module's topics. */
final class Events {

	private Events() {
	}

	static void post(EventAdmin admin, String entity, String action, long id, String user) {
		RecordEvents.post(admin, "contacts", entity, action, id, user);
	}
}
