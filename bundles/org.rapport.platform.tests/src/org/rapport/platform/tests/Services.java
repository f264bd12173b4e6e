package org.rapport.platform.tests;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for an OSGi service in a test. */
final class Services {

	private Services() {
	}

	static <T> T get(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		if (service == null) {
			throw new AssertionError("No service " + type.getName());
		}
		return service;
	}
}
