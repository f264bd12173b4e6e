package org.rapport.contacts.ui.internal.fields;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
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
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.FieldType;
import org.rapport.contacts.ui.internal.Labels;
import org.rapport.contacts.ui.internal.Messages;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/**
 * Adds a custom field, or changes the label and choices of one (its key and type stay: values and imports
 * depend on them). What the service rejects is shown in the dialog, with the field at fault focused.
 */
final class CustomFieldDialog extends TitleAreaDialog {

	private final CustomFields fields;
	private final CustomField editing;
	private Text key;
	private Text label;
	private Combo type;
	private Text choices;

	/** @param editing the field to change, or null to add one */
	CustomFieldDialog(Shell parent, CustomFields fields, CustomField editing) {
		super(parent);
		this.fields = fields;
		this.editing = editing;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(editing == null ? Messages.Fields_addTitle : Messages.Fields_editTitle);
		setMessage(Messages.Fields_dialogMessage);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		label = text(body, Messages.Fields_label, SWT.BORDER);
		key = text(body, Messages.Fields_key, SWT.BORDER);
		new Label(body, SWT.NONE).setText(Messages.Fields_type);
		type = new Combo(body, SWT.READ_ONLY);
		for (FieldType t : FieldType.values()) {
			type.add(Labels.fieldType(t));
		}
		type.select(0);
		choices = text(body, Messages.Fields_choicesOnePerLine, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(320, 90).applyTo(choices);
		if (editing != null) {
			label.setText(editing.label());
			key.setText(editing.key());
			key.setEnabled(false);
			type.select(editing.type().ordinal());
			type.setEnabled(false);
			choices.setText(String.join("\n", editing.choices()));
		} else {
			// A key from the label as the administrator types it, until they write their own.
			label.addListener(SWT.Modify, e -> {
				if (key.getData() == null) {
					key.setText(suggestedKey(label.getText()));
				}
			});
			key.addListener(SWT.KeyDown, e -> key.setData(Boolean.TRUE));
		}
		type.addListener(SWT.Selection, e -> choices.setEnabled(hasChoices()));
		choices.setEnabled(hasChoices());
		return area;
	}

	private static Text text(Composite body, String caption, int style) {
		Label l = new Label(body, SWT.NONE);
		l.setText(caption);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
		Text text = new Text(body, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private boolean hasChoices() {
		FieldType t = FieldType.values()[type.getSelectionIndex()];
		return t == FieldType.CHOICE || t == FieldType.MULTI_CHOICE;
	}

	/** Letters and digits of the label, words joined by _, as a key must be; empty for labels in Chinese. */
	static String suggestedKey(String label) {
		String plain = label.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
				.replaceAll("^_+|_+$", "");
		return plain.isEmpty() || Character.isDigit(plain.charAt(0)) ? "" : plain;
	}

	@Override
	protected void okPressed() {
		List<String> listed = hasChoices() ? Arrays.stream(choices.getText().split("[\\n;]")).map(String::strip)
				.filter(s -> !s.isEmpty()).distinct().toList() : List.of();
		CustomField field = new CustomField(key.getText().strip(), label.getText(),
				FieldType.values()[type.getSelectionIndex()], listed);
		try {
			if (editing == null) {
				fields.define(field);
			} else {
				fields.update(field);
			}
		} catch (ValidationException e) {
			FieldError first = e.errors().get(0);
			setErrorMessage(String.join("\n", e.errors().stream().map(FieldError::message).toList()));
			switch (first.field()) {
			case "key" -> key.setFocus();
			case "choices" -> choices.setFocus();
			default -> label.setFocus();
			}
			return;
		} catch (RuntimeException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
