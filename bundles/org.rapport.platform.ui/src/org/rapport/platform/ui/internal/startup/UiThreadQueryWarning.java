package org.rapport.platform.ui.internal.startup;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Component;
import org.rapport.platform.persistence.ConnectionGuard;

/**
 * Warns in the log, once per place in the code, when the workbench's UI thread asks for a database connection: that
 * freezes every window until the database answers. Parts read through {@link org.rapport.platform.ui.Loader}; the
 * warning points a module's author (ours or a vendor's) to the part that does not.
 */
@Component(service = ConnectionGuard.class)
public class UiThreadQueryWarning implements ConnectionGuard {

	private static final System.Logger LOG = System.getLogger(UiThreadQueryWarning.class.getName());

	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	@Override
	public void checkConnection() {
		if (Display.getCurrent() == null) {
			return;
		}
		String caller = Arrays.stream(new Throwable().getStackTrace()).map(StackTraceElement::toString)
				.filter(f -> f.startsWith("org.rapport.") && !f.startsWith("org.rapport.platform.persistence.")
						&& !f.startsWith(UiThreadQueryWarning.class.getName()))
				.limit(3).collect(Collectors.joining(" < "));
		if (warned.add(caller)) {
			LOG.log(System.Logger.Level.WARNING, "Database work on the UI thread, the workbench waits for it: " + caller);
		}
	}
}
