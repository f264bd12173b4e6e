package org.rapport.contacts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerTimeline;
import org.rapport.contacts.TimelineEntry;
import org.rapport.contacts.TimelineProvider;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

/**
 * The timeline merged from the providers of extension point {@code org.rapport.contacts.timelineProviders}:
 * each is asked for a page ending where the previous page ended, and the pages are merged newest first.
 */
@Component(service = CustomerTimeline.class)
public class ExtensionCustomerTimeline implements CustomerTimeline {

	public static final String EXTENSION_POINT = "org.rapport.contacts.timelineProviders";
	private static final System.Logger LOG = System.getLogger(ExtensionCustomerTimeline.class.getName());
	/** Newest first; entries at the same time in a fixed order, so that pages neither skip nor repeat. */
	private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at).reversed()
			.thenComparing(TimelineEntry::source).thenComparing(TimelineEntry::reference, Comparator.reverseOrder());

	@Reference
	private IExtensionRegistry registry;

	@Reference
	private SecurityContext security;

	@Override
	public Map<String, String> kinds() {
		Map<String, String> kinds = new LinkedHashMap<>();
		for (IConfigurationElement provider : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			for (IConfigurationElement kind : provider.getChildren("kind")) {
				kinds.put(kind.getAttribute("id"), kind.getAttribute("label"));
			}
		}
		return kinds;
	}

	@Override
	public List<TimelineEntry> page(long customerId, TimelineEntry after, int limit, Set<String> kinds) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		List<TimelineEntry> merged = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			Set<String> own = new HashSet<>();
			for (IConfigurationElement kind : element.getChildren("kind")) {
				own.add(kind.getAttribute("id"));
			}
			Set<String> wanted = new HashSet<>(own);
			if (!kinds.isEmpty()) {
				wanted.retainAll(kinds);
				if (wanted.isEmpty()) {
					continue;
				}
			}
			Set<String> asked = kinds.isEmpty() ? Set.of() : wanted;
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() throws Exception {
					TimelineProvider provider = (TimelineProvider) element.createExecutableExtension("class");
					// A few more than a page: entries at the very time the last page ended are skipped below.
					for (TimelineEntry entry : provider.entries(customerId, after == null ? null : after.at(), limit + 20,
							asked)) {
						merged.add(new TimelineEntry(entry.kind(), entry.at(), entry.title(), entry.detail(),
								element.getAttribute("id"), entry.reference()));
					}
				}

				@Override
				public void handleException(Throwable e) {
					LOG.log(System.Logger.Level.ERROR, "Timeline provider " + element.getAttribute("id") + " of "
							+ element.getContributor().getName() + " failed and was skipped", e);
				}
			});
		}
		return merged.stream().filter(e -> after == null || NEWEST_FIRST.compare(e, after) > 0).sorted(NEWEST_FIRST)
				.limit(limit).toList();
	}
}
