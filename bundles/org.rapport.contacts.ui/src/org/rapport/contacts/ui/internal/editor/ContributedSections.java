package org.rapport.contacts.ui.internal.editor;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.Facet;
import org.rapport.contacts.FacetValue;
import org.rapport.contacts.ui.CustomerSection;
import org.rapport.contacts.ui.internal.Messages;

/** The customer's facets and the sections other modules contribute, below the seven sections. */
final class ContributedSections {

	private static final System.Logger LOG = System.getLogger(ContributedSections.class.getName());

	private ContributedSections() {
	}

	/**
	 * @param facets  the customer's facets, read beforehand in the background
	 * @param context the editor's context: each section's {@code @Inject} fields and methods are filled from it (the
	 *                workbench's and the OSGi services) before it is created
	 */
	static void create(Composite parent, long customerId, List<Facet> facets, IExtensionRegistry registry,
			IEclipseContext context) {
		for (Facet facet : facets) {
			Group group = group(parent, facet.label(), 2);
			for (FacetValue value : facet.values()) {
				new Label(group, SWT.NONE).setText(value.label());
				Label shown = new Label(group, SWT.NONE);
				shown.setText(value.value());
				GridDataFactory.fillDefaults().grab(true, false).applyTo(shown);
			}
		}
		IConfigurationElement[] sections = registry.getConfigurationElementsFor(CustomerSection.EXTENSION_POINT);
		Arrays.sort(sections, Comparator.comparingInt(ContributedSections::order));
		for (IConfigurationElement element : sections) {
			Group group = group(parent, element.getAttribute("label"), 1);
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() throws Exception {
					CustomerSection section = (CustomerSection) element.createExecutableExtension("class");
					ContextInjectionFactory.inject(section, context);
					section.create(group, customerId);
				}

				@Override
				public void handleException(Throwable e) {
					LOG.log(System.Logger.Level.ERROR, "Customer section " + element.getAttribute("id") + " failed", e);
					for (Control child : group.getChildren()) {
						child.dispose();
					}
					new Label(group, SWT.WRAP).setText(Messages.Section_failed);
				}
			});
		}
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(8, 6).spacing(10, 6).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static int order(IConfigurationElement element) {
		try {
			return Integer.parseInt(element.getAttribute("order"));
		} catch (NumberFormatException e) {
			return 100;
		}
	}
}
