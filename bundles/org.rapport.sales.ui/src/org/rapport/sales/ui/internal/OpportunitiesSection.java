package org.rapport.sales.ui.internal;

import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.ui.CustomerSection;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.security.Directory;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.SalesProcesses;

import jakarta.inject.Inject;

/** The customer editor's Opportunities section: the customer's opportunities, latest close date first. */
public class OpportunitiesSection implements CustomerSection {

	private static final int SHOWN = 50;

	@Inject
	private Opportunities opportunities;
	@Inject
	private SalesProcesses processes;
	@Inject
	private CustomerService customers;
	@Inject
	private Directory directory;
	@Inject
	private AuditLog audit;

	@Override
	public void create(Composite parent, long customerId) {
		Button add = new Button(parent, SWT.PUSH);
		add.setText(Messages.Opportunity_new);
		OpportunityTable table = new OpportunityTable(parent, false);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 140).applyTo(table.viewer().getControl());
		Loader loader = new Loader(table.viewer().getControl());
		Runnable reload = () -> loader.load(() -> new Listing<>(opportunities.ofCustomer(customerId, SHOWN),
				Map.<Long, String>of(), processes.list()), found -> table.show(found.rows(), Map.of(), found.processes()));
		add.addListener(SWT.Selection, e -> {
			if (OpportunityDialog.create(parent.getShell(), customerId, opportunities, processes, customers, directory)
					.open() == Window.OK) {
				reload.run();
			}
		});
		table.viewer().addDoubleClickListener(e -> {
			Opportunity o = table.selected();
			if (o != null && OpportunityDialog.edit(parent.getShell(), o, opportunities, processes, customers, directory)
						.withChanges(audit)
					.open() == Window.OK) {
				reload.run();
			}
		});
		reload.run();
	}
}
