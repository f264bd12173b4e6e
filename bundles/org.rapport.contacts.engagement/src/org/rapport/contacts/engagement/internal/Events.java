package org.rapport.contacts.engagement.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.platform.events.EventTopics;

/** Posts engagement events on the contacts module's topics. */
final class Events {

	private Events() {
	}

	static void post(EventAdmin admin, String entity, String action, long id, String user) {
		if (admin != null) {
			Map<String, Object> properties = new HashMap<>();
			properties.put(EventTopics.ID, id);
			properties.put(EventTopics.USER, user);
			properties.put(EventTopics.DATA, id);
			admin.postEvent(new Event(EventTopics.topic("contacts", entity, action), properties));
		}
	}
}
