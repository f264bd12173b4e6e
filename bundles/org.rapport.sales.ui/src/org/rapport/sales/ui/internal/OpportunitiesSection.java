package org.rapport.sales.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.ui.CustomerSection;
import org.rapport.platform.security.Directory;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.SalesProcesses;

/** The customer editor's Opportunities section: the customer's opportunities, latest close date first. */
public class OpportunitiesSection implements CustomerSection {

	private static final int SHOWN = 50;

	@Override
	public void create(Composite parent, long customerId) throws Exception {
		// Made by the extension registry, not by injection: the services come from the bundle's context.
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		Opportunities opportunities = context.getService(context.getServiceReference(Opportunities.class));
		SalesProcesses processes = context.getService(context.getServiceReference(SalesProcesses.class));
		CustomerService customers = context.getService(context.getServiceReference(CustomerService.class));
		Directory directory = context.getService(context.getServiceReference(Directory.class));
		Button add = new Button(parent, SWT.PUSH);
		add.setText(Messages.Opportunity_new);
		OpportunityTable table = new OpportunityTable(parent, processes, false);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 140).applyTo(table.viewer().getControl());
		Runnable reload = () -> {
			List<Opportunity> found = opportunities.ofCustomer(customerId, SHOWN);
			table.show(found, java.util.Map.of());
		};
		add.addListener(SWT.Selection, e -> {
			if (OpportunityDialog.create(parent.getShell(), customerId, opportunities, processes, customers, directory)
					.open() == Window.OK) {
				reload.run();
			}
		});
		table.viewer().addDoubleClickListener(e -> {
			Opportunity o = table.selected();
			if (o != null && OpportunityDialog.edit(parent.getShell(), o, opportunities, processes, customers, directory)
					.open() == Window.OK) {
				reload.run();
			}
		});
		reload.run();
	}
}
