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
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.ContractInput;
import org.rapport.sales.Contracts;

/** A new contract of a customer: what, worth how much, from when for how long, reminded how early. */
final class ContractDialog extends TitleAreaDialog {

	private final Contracts contracts;
	private final long customerId;
	private Text title;
	private Text value;
	private Combo currency;
	private DateTime start;
	private Spinner months;
	private Spinner reminder;

	ContractDialog(Shell parent, Contracts contracts, long customerId) {
		super(parent);
		this.contracts = contracts;
		this.customerId = customerId;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Contract_new);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Contract_new);
		setMessage(Messages.Contract_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Contract_what);
		title = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(320, SWT.DEFAULT).applyTo(title);
		new Label(body, SWT.NONE).setText(Messages.Contract_worth);
		value = new Text(body, SWT.BORDER | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		currency = new Combo(body, SWT.DROP_DOWN);
		currency.setItems("MYR", "SGD", "USD", "CNY", "EUR");
		currency.select(0);
		new Label(body, SWT.NONE).setText(Messages.Contract_start);
		start = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(start);
		months = spinner(body, Messages.Contract_months, 12, 600);
		reminder = spinner(body, Messages.Contract_remindDays, 30, 365);
		return area;
	}

	@Override
	protected void okPressed() {
		Money worth = Amounts.money(value.getText(), currency.getText());
		if (worth == null) {
			setErrorMessage(Messages.Opportunity_badAmount);
			return;
		}
		try {
			contracts.create(new ContractInput(customerId, null, title.getText(), worth, LocalDate.of(start.getYear(),
					start.getMonth() + 1, start.getDay()), months.getSelection(), reminder.getSelection(), null));
		} catch (ValidationException e) {
			setErrorMessage(OpportunityDialog.text(e).replace('\n', ' '));
			return;
		} catch (DatabaseException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	private static Spinner spinner(Composite body, String label, int value, int most) {
		new Label(body, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(body, SWT.BORDER);
		spinner.setValues(value, 0, most, 0, 1, 6);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(spinner);
		return spinner;
	}
}
