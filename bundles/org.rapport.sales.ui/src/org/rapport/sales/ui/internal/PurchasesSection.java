package org.rapport.sales.ui.internal;

import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rapport.contacts.ui.CustomerSection;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.Orders;

import jakarta.inject.Inject;

/** The customer editor's Purchases section: the customer's orders, newest first, with what is still to pay. */
public class PurchasesSection implements CustomerSection {

	private static final int SHOWN = 50;

	@Inject
	private Orders orders;

	@Override
	public void create(Composite parent, long customerId) {
		OrderTable table = new OrderTable(parent, false);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 120).applyTo(table.viewer().getControl());
		new Loader(table.viewer().getControl()).load(() -> orders.ofCustomer(customerId, SHOWN),
				found -> table.show(found, Map.of()));
	}
}
