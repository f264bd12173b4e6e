package org.rapport.contacts.engagement.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.contacts.TimelineEntry;
import org.rapport.contacts.TimelineProvider;
import org.rapport.contacts.engagement.Interaction;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.platform.security.Directory;

/** Interactions on the customer's timeline (extension org.rapport.contacts.timelineProviders). */
public class InteractionTimeline implements TimelineProvider {

	@Override
	public List<TimelineEntry> entries(long customerId, Instant before, int limit, Set<String> kinds) {
		Set<InteractionType> types = EnumSet.noneOf(InteractionType.class);
		kinds.forEach(k -> types.add(InteractionType.valueOf(k)));
		// Created by the extension registry, not by DS: the service is looked up for the call and released.
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceReference<Interactions> ref = context.getServiceReference(Interactions.class);
		if (ref == null) {
			return List.of();
		}
		ServiceReference<Directory> people = context.getServiceReference(Directory.class);
		try {
			Map<String, String> names = new HashMap<>();
			if (people != null) {
				context.getService(people).users().forEach(u -> names.put(u.login(), u.displayName()));
			}
			return context.getService(ref).of(customerId, before, limit, types).stream().map(i -> entry(i, names))
					.toList();
		} finally {
			context.ungetService(ref);
			if (people != null) {
				context.ungetService(people);
			}
		}
	}

	/** An interaction as the timeline shows it: kind, who took part (by name), how long, outcome and next step. */
	private static TimelineEntry entry(Interaction i, Map<String, String> names) {
		String who = String.join(", ", i.participants().stream().map(l -> names.getOrDefault(l, l)).toList());
		String title = NLS.bind(Messages.Timeline_title, new Object[] { Labels.type(i.type()), who,
				i.minutes() > 0 ? NLS.bind(Messages.Timeline_minutes, i.minutes()) : "" });
		String detail = i.outcome() + (i.nextStep().isEmpty() ? "" : "\n" + NLS.bind(Messages.Timeline_next, i.nextStep()));
		return new TimelineEntry(i.type().name(), i.at(), title.strip(), detail.strip(), "", String.valueOf(i.id()));
	}
}
