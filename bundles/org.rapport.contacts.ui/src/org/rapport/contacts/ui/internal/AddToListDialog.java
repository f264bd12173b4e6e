package org.rapport.contacts.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.Segment;
import org.rapport.contacts.Segments;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** Picks a static list for the selected customers, or names a new one (created on OK). */
final class AddToListDialog extends TitleAreaDialog {

	private final int count;
	private final List<Segment> lists;
	private final Segments segments;
	private Combo existing;
	private Text fresh;
	private Segment chosen;

	AddToListDialog(Shell parent, int count, List<Segment> lists, Segments segments) {
		super(parent);
		this.count = count;
		this.lists = lists;
		this.segments = segments;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Lists_title);
		setMessage(NLS.bind(Messages.Lists_message, count));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Lists_existing);
		existing = new Combo(body, SWT.READ_ONLY);
		lists.forEach(l -> existing.add(l.name()));
		existing.select(0);
		existing.setEnabled(!lists.isEmpty());
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(existing);
		new Label(body, SWT.NONE).setText(Messages.Lists_new);
		fresh = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fresh);
		if (lists.isEmpty()) {
			fresh.setFocus();
		}
		return area;
	}

	@Override
	protected void okPressed() {
		if (!fresh.getText().isBlank() || lists.isEmpty()) {
			try {
				chosen = segments.create(fresh.getText(), null);
			} catch (ValidationException e) {
				setErrorMessage(String.join("\n", e.errors().stream().map(FieldError::message).toList()));
				return;
			} catch (DatabaseException e) {
				setErrorMessage(e.getMessage());
				return;
			}
		} else {
			chosen = lists.get(existing.getSelectionIndex());
		}
		super.okPressed();
	}

	Segment chosen() {
		return chosen;
	}
}
