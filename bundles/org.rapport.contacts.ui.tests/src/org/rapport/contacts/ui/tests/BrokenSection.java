package org.rapport.contacts.ui.tests;

import org.eclipse.swt.widgets.Composite;
import org.rapport.contacts.ui.CustomerSection;

/** A vendor's section that fails. */
public class BrokenSection implements CustomerSection {

	@Override
	public void create(Composite parent, long customerId) {
		throw new IllegalStateException("vendor service unavailable");
	}
}
