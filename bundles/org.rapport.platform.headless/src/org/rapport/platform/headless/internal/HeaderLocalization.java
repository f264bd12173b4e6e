package org.rapport.platform.headless.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.osgi.service.localization.BundleLocalization;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Translates {@code %key} values of plugin.xml files on Apache Felix. Equinox offers this service itself;
 * without it the extension registry would show module names as their keys in the headless runtime.
 */
@Component(service = {}, immediate = true)
public class HeaderLocalization implements BundleLocalization {

	private ServiceRegistration<BundleLocalization> registration;

	@Activate
	void activate(BundleContext context) {
		if (!"org.eclipse.osgi".equals(context.getBundle(0).getSymbolicName())) {
			registration = context.registerService(BundleLocalization.class, this, null);
		}
	}

	@Deactivate
	void deactivate() {
		if (registration != null) {
			registration.unregister();
		}
	}

	@Override
	public ResourceBundle getLocalization(Bundle bundle, String locale) {
		String base = bundle.getHeaders("").get(Constants.BUNDLE_LOCALIZATION);
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		if (base == null || wiring == null || wiring.getClassLoader() == null) {
			return null;
		}
		Locale target = locale == null || locale.isBlank() ? Locale.getDefault()
				: Locale.forLanguageTag(locale.replace('_', '-'));
		try {
			return ResourceBundle.getBundle(base.replace('/', '.'), target, wiring.getClassLoader());
		} catch (java.util.MissingResourceException e) {
			return null;
		}
	}
}
