package org.rapport.contacts.ui;

import org.eclipse.swt.widgets.Composite;

/**
 * A section another module adds to the customer editor (extension point
 * {@code org.rapport.contacts.ui.customerSections}). The editor gives it a titled composite with a grid layout
 * of one column; the section creates its controls there.
 */
public interface CustomerSection {

	/** Extension point id. */
	String EXTENSION_POINT = "org.rapport.contacts.ui.customerSections";

	/** Creates the section's controls for the customer with this id. */
	void create(Composite parent, long customerId) throws Exception;
}
