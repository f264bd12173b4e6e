package org.rapport.sales.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadConversion;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesProcesses;

/**
 * Converts a lead: a new person, linked to a new account of the lead's company or to an account that exists,
 * and optionally an opportunity; the lead's history goes onto the person's timeline. The accounts of the lead's
 * company are found in the background when it opens: Convert waits for them.
 */
final class ConvertLeadDialog extends TitleAreaDialog {

	/** Accounts that may be the lead's company, and the process a new opportunity follows. */
	private record Choices(List<CustomerSummary> accounts, String processId) {
	}

	private final Lead lead;
	private final Leads leads;
	private final SalesProcesses processes;
	private final CustomerService customers;
	private final List<CustomerSummary> accounts = new ArrayList<>();
	private String processId;
	private Combo account;
	private Button withOpportunity;
	private Text name;
	private Text amount;
	private Combo currency;
	private DateTime close;

	ConvertLeadDialog(Shell parent, Lead lead, Leads leads, Opportunities opportunities, SalesProcesses processes,
			CustomerService customers) {
		super(parent);
		this.lead = lead;
		this.leads = leads;
		this.processes = processes;
		this.customers = customers;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Convert_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(NLS.bind(Messages.Convert_heading, lead.name()));
		setMessage(Messages.Convert_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Convert_account);
		account = new Combo(body, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(account);
		account.add(lead.company().isBlank() ? Messages.Convert_noAccount
				: NLS.bind(Messages.Convert_newAccount, lead.company()));
		account.select(0);
		account.setEnabled(false);
		withOpportunity = new Button(body, SWT.CHECK);
		withOpportunity.setText(Messages.Convert_withOpportunity);
		withOpportunity.setSelection(true);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(withOpportunity);
		new Label(body, SWT.NONE).setText(Messages.Opportunity_name);
		name = new Text(body, SWT.BORDER);
		name.setText(lead.company().isBlank() ? lead.name() : lead.company());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(name);
		new Label(body, SWT.NONE).setText(Messages.Opportunity_amount);
		amount = new Text(body, SWT.BORDER | SWT.RIGHT);
		amount.setText("0");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(amount);
		currency = new Combo(body, SWT.DROP_DOWN);
		currency.setItems("MYR", "SGD", "USD", "CNY", "EUR");
		currency.select(0);
		new Label(body, SWT.NONE).setText(Messages.Opportunity_close);
		close = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		LocalDate day = LocalDate.now().plusMonths(3);
		close.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		withOpportunity.addListener(SWT.Selection, e -> {
			for (Control c : new Control[] { name, amount, currency, close }) {
				c.setEnabled(withOpportunity.getSelection());
			}
		});
		String company = lead.company();
		new Loader(account).load(() -> new Choices(company.isBlank() ? List.of()
				: customers.search(CustomerQuery.matching(company, 10)).stream()
						.filter(found -> found.kind() == CustomerKind.ACCOUNT).toList(), processes.standard().id()),
				this::show, e -> setErrorMessage(e.getMessage()));
		return area;
	}

	private void show(Choices loaded) {
		accounts.addAll(loaded.accounts());
		accounts.forEach(found -> account.add(NLS.bind(Messages.Convert_existing, found.name())));
		account.select(accounts.isEmpty() ? 0 : 1);
		account.setEnabled(true);
		processId = loaded.processId();
		enableConvert();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		enableConvert();
	}

	/** Convert only once the accounts are offered (the first one found is linked unless the user says not). */
	private void enableConvert() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(processId != null);
		}
	}

	@Override
	protected void okPressed() {
		if (processId == null) {
			return;
		}
		OpportunityInput opportunity = null;
		if (withOpportunity.getSelection()) {
			Money money = Amounts.money(amount.getText(), currency.getText());
			if (money == null) {
				setErrorMessage(Messages.Opportunity_badAmount);
				return;
			}
			opportunity = new OpportunityInput(0, name.getText(), money, LocalDate.of(close.getYear(),
					close.getMonth() + 1, close.getDay()), processId, null, null, lead.owner());
		}
		Long accountId = account.getSelectionIndex() <= 0 ? null : accounts.get(account.getSelectionIndex() - 1).id();
		try {
			leads.convert(lead.id(), lead.version(), new LeadConversion(accountId, null, opportunity));
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
