package org.rapport.contacts.ui.internal.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
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
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.ui.internal.Labels;
import org.rapport.contacts.ui.internal.Messages;

/**
 * Merges two customers field by field: for each field that differs the user picks the value to keep. Every
 * channel and tag of both customers is kept, and other modules' records follow the customer that remains.
 */
final class MergeDialog extends TitleAreaDialog {

	/** A field the user chooses: its label and how to read it from a customer. */
	private record Choice(String label, Function<CustomerInput, Object> value) {
	}

	private static final List<Choice> CHOICES = List.of(new Choice(Messages.Field_givenName, CustomerInput::givenName),
			new Choice(Messages.Field_familyName, CustomerInput::familyName),
			new Choice(Messages.Field_company, CustomerInput::company),
			new Choice(Messages.Field_jobTitle, CustomerInput::jobTitle), new Choice(Messages.Field_city, CustomerInput::city),
			new Choice(Messages.Field_country, CustomerInput::country),
			new Choice(Messages.Field_stage, in -> Labels.stage(in.stage())),
			new Choice(Messages.Field_vipTier,
					in -> in.vipTier() == VipTier.NONE ? Messages.Tier_none : Labels.tier(in.vipTier())),
			new Choice(Messages.Field_owner, CustomerInput::owner));

	private final Customer first;
	private final Customer second;
	private final List<Button> takeSecond = new ArrayList<>();
	private CustomerInput chosen;

	MergeDialog(Shell parent, Customer first, Customer second) {
		super(parent);
		this.first = first;
		this.second = second;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Merge_title);
		setMessage(NLS.bind(Messages.Merge_message, second.name() + " (" + second.id() + ")",
				first.name() + " (" + first.id() + ")"));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite grid = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).spacing(12, 6).applyTo(grid);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
		for (Choice choice : CHOICES) {
			new Label(grid, SWT.NONE).setText(choice.label());
			Composite pair = new Composite(grid, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(pair);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(pair);
			Object a = choice.value().apply(first.input());
			Object b = choice.value().apply(second.input());
			Button left = radio(pair, a);
			Button right = radio(pair, b);
			boolean same = Objects.equals(a, b);
			left.setSelection(a != null || b == null);
			right.setSelection(!left.getSelection());
			left.setEnabled(!same);
			right.setEnabled(!same);
			takeSecond.add(right);
		}
		Label note = new Label(grid, SWT.WRAP);
		note.setText(Messages.Merge_note);
		GridDataFactory.fillDefaults().span(3, 1).hint(520, SWT.DEFAULT).applyTo(note);
		return area;
	}

	private static Button radio(Composite pair, Object value) {
		Button button = new Button(pair, SWT.RADIO);
		// An ampersand in a company name is text, not a mnemonic.
		button.setText(value == null ? Messages.Merge_empty : String.valueOf(value).replace("&", "&&"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		return button;
	}

	@Override
	protected void okPressed() {
		CustomerInput a = first.input();
		CustomerInput b = second.input();
		chosen = new CustomerInput(a.kind(), a.name(), pick(0, a.givenName(), b.givenName()),
				pick(1, a.familyName(), b.familyName()), a.accountId(), pick(2, a.company(), b.company()),
				pick(3, a.jobTitle(), b.jobTitle()), a.accountRole(), a.industry(), a.companySize(), a.region(),
				pick(4, a.city(), b.city()), pick(5, a.country(), b.country()), a.source(), pick(6, a.stage(), b.stage()),
				pick(7, a.vipTier(), b.vipTier()), a.active() || b.active(), pick(8, a.owner(), b.owner()), a.channels(),
				a.tags(), a.creditLimit(), a.currency(), a.paymentTerms(), a.taxId(), a.billingAddress());
		super.okPressed();
	}

	private <T> T pick(int field, T fromFirst, T fromSecond) {
		return takeSecond.get(field).getSelection() ? fromSecond : fromFirst;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Merge_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	CustomerInput chosen() {
		return chosen;
	}
}
