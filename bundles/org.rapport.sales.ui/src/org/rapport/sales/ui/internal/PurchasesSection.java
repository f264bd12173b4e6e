package org.rapport.sales.ui.internal;

import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.eclipse.swt.widgets.Composite;
import org.rapport.contacts.ui.CustomerSection;
import org.rapport.sales.Orders;

/** The customer editor's Purchases section: the customer's orders, newest first, with what is still to pay. */
public class PurchasesSection implements CustomerSection {

	private static final int SHOWN = 50;

	@Override
	public void create(Composite parent, long customerId) throws Exception {
		// Made by the extension registry, not by injection: the services come from the bundle's context.
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		Orders orders = context.getService(context.getServiceReference(Orders.class));
		OrderTable table = new OrderTable(parent, false);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 120).applyTo(table.viewer().getControl());
		table.show(orders.ofCustomer(customerId, SHOWN), Map.of());
	}
}
