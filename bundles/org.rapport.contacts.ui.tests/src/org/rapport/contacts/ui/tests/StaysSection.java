package org.rapport.contacts.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.ui.CustomerSection;

/** A vendor's section in the customer editor. */
public class StaysSection implements CustomerSection {

	@Override
	public void create(Composite parent, long customerId) {
		new Label(parent, SWT.NONE).setText("3 stays for customer " + customerId);
	}
}
