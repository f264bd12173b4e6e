package org.rapport.platform.persistence.tests;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseSettings;

/** The real database service, pointed at a database of the test's own. */
final class TestDatabase {

	private TestDatabase() {
	}

	static Database embeddedIn(Path folder) throws InterruptedException {
		return configured(DatabaseSettings.embedded(folder));
	}

	static Database configured(DatabaseSettings settings) throws InterruptedException {
		Database database = service(Database.class);
		database.configure(settings);
		return database;
	}

	static <T> T service(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(TestDatabase.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		if (service == null) {
			throw new AssertionError("No service " + type.getName());
		}
		return service;
	}
}
