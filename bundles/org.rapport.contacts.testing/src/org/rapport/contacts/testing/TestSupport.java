package org.rapport.contacts.testing;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.DatabaseSettings;

/** The real services on a fresh embedded database of the test's own. */
public final class TestSupport {

	/** The system property naming the PostgreSQL test database; tests on the server run only when it is set. */
	public static final String POSTGRES = "rapport.test.postgres";

	private TestSupport() {
	}

	public static Database freshDatabase(Path home) throws InterruptedException, DatabaseException {
		Database database = service(Database.class);
		database.configure(DatabaseSettings.embedded(home));
		database.open(new NullProgressMonitor());
		return database;
	}

	/** The real services on the PostgreSQL server named by {@code -Drapport.test.postgres=HOST:PORT/NAME}. */
	public static Database serverDatabase(Path home) throws InterruptedException, DatabaseException {
		String spec = System.getProperty(POSTGRES);
		String host = spec.substring(0, spec.indexOf(':'));
		int port = Integer.parseInt(spec.substring(spec.indexOf(':') + 1, spec.indexOf('/')));
		String name = spec.substring(spec.indexOf('/') + 1);
		Database database = service(Database.class);
		database.configure(new DatabaseSettings(home, DatabaseKind.POSTGRESQL, host, port, name, name, name));
		database.open(new NullProgressMonitor());
		return database;
	}

	public static void release(Database database, Path home) {
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
	}

	public static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(TestSupport.class).getBundleContext(),
				type, null);
		tracker.open();
		T found = tracker.waitForService(10_000);
		if (found == null) {
			throw new AssertionError("No service " + type.getName());
		}
		return found;
	}
}
