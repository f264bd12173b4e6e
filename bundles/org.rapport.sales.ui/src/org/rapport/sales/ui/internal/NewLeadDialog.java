package org.rapport.sales.ui.internal;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.LeadInput;
import org.rapport.sales.Leads;

/** A lead typed in: who, where from, which region. */
final class NewLeadDialog extends TitleAreaDialog {

	static final String[] SOURCES = { "web", "campaign", "exhibition", "referral", "cold call" };

	private final Leads leads;
	private Text name;
	private Text company;
	private Text email;
	private Text phone;
	private Combo source;
	private Text region;

	NewLeadDialog(Shell parent, Leads leads) {
		super(parent);
		this.leads = leads;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Leads_newTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Leads_newTitle);
		setMessage(Messages.Leads_newMessage);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		name = field(body, Messages.Leads_name);
		company = field(body, Messages.Leads_company);
		email = field(body, Messages.Leads_email);
		phone = field(body, Messages.Leads_phone);
		new Label(body, SWT.NONE).setText(Messages.Leads_source);
		source = new Combo(body, SWT.DROP_DOWN);
		source.setItems(SOURCES);
		source.select(0);
		region = field(body, Messages.Leads_region);
		return area;
	}

	@Override
	protected void okPressed() {
		try {
			leads.create(new LeadInput(name.getText(), company.getText(), email.getText(), phone.getText(),
					source.getText(), region.getText()));
		} catch (ValidationException e) {
			setErrorMessage(OpportunityDialog.text(e).replace('\n', ' '));
			return;
		} catch (DatabaseException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	private static Text field(Composite body, String label) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}
}
