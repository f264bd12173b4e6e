package org.rapport.platform.ui;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Control;
import org.osgi.service.event.EventHandler;
import org.rapport.platform.events.EventTopics;

/**
 * Keeps a view current: reloads it on the UI thread when the database opens and when records it shows change,
 * until its control is disposed. Parts call it once from their {@code @PostConstruct}.
 */
public final class Reload {

	private Reload() {
	}

	/**
	 * @param topics event topics of the records shown, e.g. {@code org/rapport/sales/quote/*}
	 */
	public static void when(IEventBroker broker, Control control, Runnable reload, String... topics) {
		EventHandler handler = event -> {
			if (!control.isDisposed()) {
				reload.run();
			}
		};
		broker.subscribe(EventTopics.DATABASE_OPENED, handler);
		for (String topic : topics) {
			broker.subscribe(topic, handler);
		}
		control.addDisposeListener(e -> broker.unsubscribe(handler));
	}
}
