package org.rapport.sales.ui.internal;

import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.Reload;
import org.rapport.sales.Expense;

import jakarta.annotation.PostConstruct;
import java.util.Map;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.Expenses;
import org.rapport.sales.SalesTopics;

/** My expense claims with their approval, newest first, and Claim Expense.... */
public class ExpensesPart {

	private Table table;
	private Expenses expenses;
	private CustomerService customers;
	private Loader loader;

	@PostConstruct
	void create(Composite parent, Expenses expenseService, CustomerService customerService, Database database,
			IEventBroker broker) {
		this.expenses = expenseService;
		this.customers = customerService;
		GridLayoutFactory.fillDefaults().numColumns(1).margins(6, 6).applyTo(parent);
		Button claim = new Button(parent, SWT.PUSH);
		claim.setText(Messages.Expense_claim);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.Expense_spentOn, Messages.Expense_kindLabel, Messages.List_amount,
				Messages.List_customer, Messages.Expense_what, Messages.Quote_status, Messages.Quote_rejection }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(140);
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		claim.addListener(SWT.Selection, e -> {
			if (new ExpenseDialog(parent.getShell(), expenses, customers).open() == Window.OK) {
				reload();
			}
		});
		loader = new Loader(table);
		Reload.when(broker, table, this::reload, SalesTopics.EXPENSES, EventTopics.APPROVALS);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		table.setFocus();
	}

	private void reload() {
		loader.load(() -> Listing.of(expenses.mine(500), Expense::customerId, customers), this::show);
	}

	private void show(Listing<Expense> shown) {
		List<Expense> mine = shown.rows();
		Map<Long, String> names = shown.names();
		table.removeAll();
		for (Expense x : mine) {
			new TableItem(table, SWT.NONE).setText(new String[] { Amounts.day(x.spentOn()), Labels.kind(x.kind()),
					Amounts.exact(x.amount()), names.getOrDefault(x.customerId(), ""), x.description(),
					Labels.status(x.status()), x.rejection() });
		}
	}
}
