package org.rapport.contacts.engagement.ui.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.eclipse.jface.dialogs.MessageDialog;
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
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** A task for oneself: what, by when, how urgent. */
final class NewTaskDialog extends TitleAreaDialog {

	private final Tasks tasks;
	private Text what;
	private DateTime day;
	private DateTime time;
	private Combo priority;

	NewTaskDialog(Shell parent, Tasks tasks) {
		super(parent);
		this.tasks = tasks;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Task_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Task_title);
		setMessage(Messages.Task_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Task_what);
		what = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(320, SWT.DEFAULT).applyTo(what);
		new Label(body, SWT.NONE).setText(Messages.Task_due);
		day = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		time = new DateTime(body, SWT.TIME | SWT.SHORT | SWT.BORDER);
		When.set(day, time, Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
		new Label(body, SWT.NONE).setText(Messages.Task_priority);
		priority = new Combo(body, SWT.READ_ONLY);
		for (Priority p : Priority.values()) {
			priority.add(Labels.priority(p));
		}
		priority.select(Priority.NORMAL.ordinal());
		return area;
	}

	@Override
	protected void okPressed() {
		try {
			tasks.create(new TaskInput(what.getText(), null, When.instant(day, time),
					Priority.values()[priority.getSelectionIndex()], null));
		} catch (ValidationException e) {
			setErrorMessage(String.join("\n", e.errors().stream().map(FieldError::message).toList()));
			return;
		} catch (DatabaseException e) {
			MessageDialog.openError(getShell(), Messages.Task_title, e.getMessage());
			return;
		}
		super.okPressed();
	}
}
