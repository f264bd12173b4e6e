package org.rapport.platform.ui.testing;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The product's branding, as the launcher would hand it to the e4 application. */
public final class TestApplicationContext implements IApplicationContext {

	private final Map<String, String> branding = Map.of("applicationXMI",
			"org.rapport.platform.ui/Application.e4xmi", "applicationCSS",
			"platform:/plugin/org.rapport.platform.ui/css/rapport.css", "persistState", "false",
			"clearPersistedState", "true", "appName", "Rapport");

	@Override
	public Map<String, Object> getArguments() {
		return Map.of(APPLICATION_ARGS, new String[0]);
	}

	@Override
	public void applicationRunning() {
		// no splash screen to take down
	}

	@Override
	public String getBrandingApplication() {
		return "org.eclipse.e4.ui.workbench.swt.E4Application";
	}

	@Override
	public String getBrandingName() {
		return "Rapport";
	}

	@Override
	public String getBrandingDescription() {
		return "Rapport";
	}

	@Override
	public String getBrandingId() {
		return "org.rapport.platform.ui.product";
	}

	@Override
	public String getBrandingProperty(String key) {
		return branding.get(key);
	}

	@Override
	public Bundle getBrandingBundle() {
		return FrameworkUtil.getBundle(TestApplicationContext.class);
	}

	@Override
	public void setResult(Object result, IApplication application) {
		// the test reads the workbench directly
	}
}
