package org.rapport.sales.ui.internal;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.ExpenseInput;
import org.rapport.sales.ExpenseKind;
import org.rapport.sales.Expenses;

/** An expense claim: for whom, what for, how much and when; it goes to a sales manager for approval. */
final class ExpenseDialog extends TitleAreaDialog {

	private final Expenses expenses;
	private final CustomerService customers;
	private CustomerPicker customer;
	private Combo kind;
	private Text amount;
	private Combo currency;
	private DateTime day;
	private Text what;

	ExpenseDialog(Shell parent, Expenses expenses, CustomerService customers) {
		super(parent);
		this.expenses = expenses;
		this.customers = customers;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Expense_claimTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Expense_claimTitle);
		setMessage(Messages.Expense_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Opportunity_customer);
		customer = new CustomerPicker(body, customers);
		new Label(body, SWT.NONE).setText(Messages.Expense_kindLabel);
		kind = new Combo(body, SWT.READ_ONLY);
		for (ExpenseKind k : ExpenseKind.values()) {
			kind.add(Labels.kind(k));
		}
		kind.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);
		new Label(body, SWT.NONE).setText(Messages.Opportunity_amount);
		amount = new Text(body, SWT.BORDER | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(amount);
		currency = new Combo(body, SWT.DROP_DOWN);
		currency.setItems("MYR", "SGD", "USD", "CNY", "EUR");
		currency.select(0);
		new Label(body, SWT.NONE).setText(Messages.Expense_spentOn);
		day = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(day);
		new Label(body, SWT.NONE).setText(Messages.Expense_what);
		what = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(320, SWT.DEFAULT).applyTo(what);
		return area;
	}

	@Override
	protected void okPressed() {
		Money money = Amounts.money(amount.getText(), currency.getText());
		if (money == null) {
			setErrorMessage(Messages.Opportunity_badAmount);
			return;
		}
		try {
			expenses.claim(new ExpenseInput(ExpenseKind.values()[kind.getSelectionIndex()], money,
					LocalDate.of(day.getYear(), day.getMonth() + 1, day.getDay()), customer.customerId(), null,
					what.getText()));
		} catch (ValidationException e) {
			setErrorMessage(OpportunityDialog.text(e).replace('\n', ' '));
			return;
		} catch (DatabaseException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}
}
