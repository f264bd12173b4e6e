package org.rapport.platform.events;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Posts the event a service sends after a change, on {@code org/rapport/<module>/<entity>/<ACTION>} with the
 * record id (also as {@link EventTopics#DATA}, which e4's {@code @UIEventTopic} hands to parts) and the user.
 */
public final class RecordEvents {

	private RecordEvents() {
	}

	/** Posts asynchronously; does nothing when no EventAdmin runs (a service may hold it as optional). */
	public static void post(EventAdmin admin, String module, String entity, String action, Object id, String user) {
		if (admin != null) {
			Map<String, Object> properties = new HashMap<>();
			properties.put(EventTopics.ID, id);
			properties.put(EventTopics.USER, user);
			properties.put(EventTopics.DATA, id);
			admin.postEvent(new Event(EventTopics.topic(module, entity, action), properties));
		}
	}
}
