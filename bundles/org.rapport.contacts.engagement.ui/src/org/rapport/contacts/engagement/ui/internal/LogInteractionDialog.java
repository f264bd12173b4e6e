package org.rapport.contacts.engagement.ui.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.engagement.InteractionInput;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** Records a call, visit, meeting, email, message or note, with its outcome and, if wanted, a follow-up task. */
final class LogInteractionDialog extends TitleAreaDialog {

	private final Interactions interactions;
	private final long customer;
	private Combo type;
	private DateTime day;
	private DateTime time;
	private Spinner minutes;
	private Text outcome;
	private Text next;
	private Button followUp;
	private DateTime followUpDay;

	LogInteractionDialog(Shell parent, Interactions interactions, long customer) {
		super(parent);
		this.interactions = interactions;
		this.customer = customer;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Log_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Log_title);
		setMessage(Messages.Log_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		label(body, Messages.Log_type);
		type = new Combo(body, SWT.READ_ONLY);
		for (InteractionType t : InteractionType.values()) {
			type.add(Labels.type(t));
		}
		type.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(type);
		label(body, Messages.Log_when);
		day = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		time = new DateTime(body, SWT.TIME | SWT.SHORT | SWT.BORDER);
		When.set(day, time, Instant.now());
		label(body, Messages.Log_minutes);
		minutes = new Spinner(body, SWT.BORDER);
		minutes.setValues(15, 0, 1440, 0, 5, 30);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(minutes);
		label(body, Messages.Log_outcome);
		outcome = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(360, 60).applyTo(outcome);
		label(body, Messages.Log_next);
		next = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(next);
		followUp = new Button(body, SWT.CHECK);
		followUp.setText(Messages.Log_followUp);
		followUpDay = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		When.set(followUpDay, null, Instant.now().plus(3, ChronoUnit.DAYS));
		followUpDay.setEnabled(false);
		followUp.addListener(SWT.Selection, e -> followUpDay.setEnabled(followUp.getSelection()));
		return area;
	}

	private static void label(Composite body, String text) {
		new Label(body, SWT.NONE).setText(text);
	}

	@Override
	protected void okPressed() {
		try {
			interactions.record(new InteractionInput(customer, InteractionType.values()[type.getSelectionIndex()],
					When.instant(day, time), minutes.getSelection(), "", List.of(), outcome.getText(), next.getText(),
					followUp.getSelection() ? When.instant(followUpDay, null) : null));
		} catch (ValidationException e) {
			setErrorMessage(String.join("\n", e.errors().stream().map(FieldError::message).toList()));
			return;
		} catch (DatabaseException e) {
			MessageDialog.openError(getShell(), Messages.Log_title, e.getMessage());
			return;
		}
		super.okPressed();
	}
}
