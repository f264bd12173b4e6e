package org.rapport.contacts.ui;

import org.eclipse.swt.widgets.Composite;

/**
 * A section another module adds to the customer editor (extension point
 * {@code org.rapport.contacts.ui.customerSections}). The editor gives it a titled composite with a grid layout
 * of one column; the section creates its controls there.
 * <p>
 * Before {@link #create}, the editor fills the section's {@code @Inject} fields and methods from its context, so a
 * section asks for the services it needs ({@code @Inject Opportunities opportunities;}) instead of looking them up.
 * {@code create} runs on the UI thread: read the database through an {@link org.rapport.platform.ui.Loader}, never
 * directly.
 */
public interface CustomerSection {

	/** Extension point id. */
	String EXTENSION_POINT = "org.rapport.contacts.ui.customerSections";

	/** Creates the section's controls for the customer with this id. */
	void create(Composite parent, long customerId) throws Exception;
}
