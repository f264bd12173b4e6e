package org.rapport.contacts.ui.internal.editor;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.ui.internal.Messages;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/**
 * Enters a new person or organisation with the essentials. Before creating, it looks for customers who may be
 * the same (same email or phone, similar name at the same company) and asks; what is wrong is said in the
 * dialog, which stays open with the input.
 */
public final class NewCustomerDialog extends TitleAreaDialog {

	private final CustomerService customers;
	private final CustomerDuplicates duplicates;
	private Button organisation;
	private Text given;
	private Text family;
	private Text company;
	private Text email;
	private Text mobile;
	private Customer created;

	public NewCustomerDialog(Shell parent, CustomerService customers, CustomerDuplicates duplicates) {
		super(parent);
		this.customers = customers;
		this.duplicates = duplicates;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.New_title);
		setMessage(Messages.New_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		organisation = new Button(form, SWT.CHECK);
		organisation.setText(Messages.New_organisation);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(organisation);
		given = field(form, Messages.Field_givenName);
		family = field(form, Messages.Field_familyName);
		company = field(form, Messages.Field_company);
		email = field(form, Messages.Field_email);
		mobile = field(form, Messages.Field_mobile);
		organisation.addListener(SWT.Selection, e -> family.setEnabled(!organisation.getSelection()));
		return area;
	}

	private static Text field(Composite form, String label) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void okPressed() {
		CustomerInput input = input();
		List<CustomerSummary> twins = duplicates.candidatesFor(input);
		if (!twins.isEmpty() && !MessageDialog.openQuestion(getShell(), Messages.New_duplicateTitle,
				NLS.bind(Messages.New_duplicate, twins.stream().limit(5).map(NewCustomerDialog::describe)
						.collect(Collectors.joining("\n"))))) {
			return;
		}
		try {
			created = customers.create(input);
			super.okPressed();
		} catch (ValidationException e) {
			setErrorMessage(e.errors().stream().map(FieldError::message).collect(Collectors.joining(" ")));
		} catch (DatabaseException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private CustomerInput input() {
		boolean org = organisation.getSelection();
		List<Channel> channels = new java.util.ArrayList<>();
		if (!email.getText().isBlank()) {
			channels.add(new Channel(ChannelType.EMAIL, "", email.getText().trim(), true));
		}
		if (!mobile.getText().isBlank()) {
			channels.add(new Channel(ChannelType.MOBILE, "", mobile.getText().trim(), true));
		}
		CustomerInput person = CustomerInput.person(given.getText(), family.getText(), company.getText(), null, null);
		return new CustomerInput(org ? CustomerKind.ACCOUNT : CustomerKind.PERSON, org ? given.getText() : null,
				org ? null : person.givenName(), org ? null : person.familyName(), null, org ? null : company.getText(),
				null, null, null, null, null, null, null, "manual", null, null, true, null, channels, java.util.Set.of(),
				null, null, null, null, null);
	}

	private static String describe(CustomerSummary c) {
		return "\u2022 " + c.name() + (c.company() == null ? "" : ", " + c.company())
				+ (c.email() == null ? "" : ", " + c.email()) + (c.phone() == null ? "" : ", " + c.phone());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.New_create, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The customer created, or null when cancelled. */
	public Customer created() {
		return created;
	}
}
