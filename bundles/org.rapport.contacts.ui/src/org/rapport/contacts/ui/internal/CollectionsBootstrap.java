package org.rapport.contacts.ui.internal;

import java.net.URL;
import java.util.Enumeration;

import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.impl.factory.primitive.IntSets;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * NatTable uses Eclipse Collections, whose factories find their implementation with ServiceLoader through the
 * thread's context class loader, which in OSGi does not see the implementation bundle. Initialising the
 * factories once with that loader as context makes them work for the rest of the session.
 */
final class CollectionsBootstrap {

	private static volatile boolean done;

	private CollectionsBootstrap() {
	}

	static void prepare() {
		if (done) {
			return;
		}
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(IntSets.class.getClassLoader());
		try {
			Bundle api = FrameworkUtil.getBundle(Sets.class);
			ClassLoader apiLoader = Sets.class.getClassLoader();
			Enumeration<URL> classes = api == null ? null
					: api.findEntries("org/eclipse/collections/api/factory", "*.class", true);
			while (classes != null && classes.hasMoreElements()) {
				String path = classes.nextElement().getPath();
				String name = path.substring(1, path.length() - ".class".length()).replace('/', '.');
				if (!name.contains("$")) {
					initialise(name, apiLoader);
				}
			}
			done = true;
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static void initialise(String name, ClassLoader loader) {
		try {
			Class.forName(name, true, loader);
		} catch (ClassNotFoundException | LinkageError e) {
			// a factory NatTable does not use may fail; the ones it uses are checked when painting
		}
	}
}
