package org.rapport.contacts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerFacetProvider;
import org.rapport.contacts.CustomerFacets;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.Facet;
import org.rapport.contacts.FacetValue;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

/** Facets read from their contributing modules, each provider inside SafeRunner. */
@Component(service = CustomerFacets.class)
public class ExtensionCustomerFacets implements CustomerFacets {

	private static final System.Logger LOG = System.getLogger(ExtensionCustomerFacets.class.getName());

	@Reference
	private IExtensionRegistry registry;

	@Reference
	private SecurityContext security;

	@Override
	public List<Facet> of(long customerId) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		List<Facet> facets = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() throws Exception {
					CustomerFacetProvider provider = (CustomerFacetProvider) element.createExecutableExtension("provider");
					Map<String, String> values = provider.values(customerId);
					List<FacetValue> shown = new ArrayList<>();
					for (IConfigurationElement v : element.getChildren("value")) {
						String key = v.getAttribute("key");
						shown.add(new FacetValue(key, v.getAttribute("label"), v.getAttribute("type"),
								values.getOrDefault(key, "")));
					}
					facets.add(new Facet(element.getAttribute("id"), element.getAttribute("label"), shown));
				}

				@Override
				public void handleException(Throwable e) {
					LOG.log(System.Logger.Level.ERROR, "Facet " + element.getAttribute("id") + " of "
							+ element.getContributor().getName() + " failed and was skipped", e);
				}
			});
		}
		return facets;
	}
}
