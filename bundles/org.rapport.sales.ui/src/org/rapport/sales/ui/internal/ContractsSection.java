package org.rapport.sales.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.contacts.ui.CustomerSection;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.Contract;
import org.rapport.sales.Contracts;

import jakarta.inject.Inject;

/** The customer editor's Contracts section: term, value and renewal date of each, New Contract.... */
public class ContractsSection implements CustomerSection {

	@Inject
	private Contracts contracts;

	@Override
	public void create(Composite parent, long customerId) {
		Button add = new Button(parent, SWT.PUSH);
		add.setText(Messages.Contract_new + "...");
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.Contract_number, Messages.Contract_what, Messages.Contract_worth,
				Messages.Contract_start, Messages.Contract_renewal }) {
			// The form's labels serve as headers, without their colons.
			new TableColumn(table, SWT.LEFT).setText(title.replaceAll("[:\uFF1A]\\s*$", ""));
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(table);
		Loader loader = new Loader(table);
		Runnable reload = () -> loader.load(() -> contracts.ofCustomer(customerId, 50), found -> {
			table.removeAll();
			for (Contract c : found) {
				new TableItem(table, SWT.NONE).setText(new String[] { c.number(), c.title(), Amounts.exact(c.value()),
						Amounts.day(c.start()), Amounts.day(c.end()) });
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
				column.setWidth(Math.max(column.getWidth(), 110));
			}
		});
		add.addListener(SWT.Selection, e -> {
			if (new ContractDialog(parent.getShell(), contracts, customerId).open() == Window.OK) {
				reload.run();
			}
		});
		reload.run();
	}
}
