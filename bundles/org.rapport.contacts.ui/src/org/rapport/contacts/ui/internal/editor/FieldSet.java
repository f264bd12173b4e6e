package org.rapport.contacts.ui.internal.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.platform.validation.FieldError;

/**
 * Labelled fields in titled sections, each field known by the key the service uses in its validation errors,
 * so that a message appears next to the field at fault.
 */
final class FieldSet {

	private final Map<String, Control> fields = new LinkedHashMap<>();
	private final Map<String, ControlDecoration> marks = new LinkedHashMap<>();
	private final Runnable changed;

	/** @param changed called whenever the user edits a field */
	FieldSet(Runnable changed) {
		this.changed = changed;
	}

	Group section(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 6).spacing(10, 6).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	Text text(Composite section, String key, String label) {
		new Label(section, SWT.NONE).setText(label);
		Text text = new Text(section, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).indent(8, 0).applyTo(text);
		text.addListener(SWT.Modify, e -> changed.run());
		register(key, text);
		return text;
	}

	Combo choice(Composite section, String key, String label, List<String> items) {
		new Label(section, SWT.NONE).setText(label);
		Combo combo = new Combo(section, SWT.READ_ONLY);
		combo.setItems(items.toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(combo);
		combo.addListener(SWT.Selection, e -> changed.run());
		register(key, combo);
		return combo;
	}

	Button check(Composite section, String key, String label) {
		Button box = new Button(section, SWT.CHECK);
		box.setText(label);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(box);
		box.addListener(SWT.Selection, e -> changed.run());
		register(key, box);
		return box;
	}

	/** A line of explanation across the section. */
	void note(Composite section, String text) {
		Label note = new Label(section, SWT.WRAP);
		note.setText(text);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(note);
	}

	private void register(String key, Control control) {
		fields.put(key, control);
		ControlDecoration mark = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		mark.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		mark.hide();
		marks.put(key, mark);
	}

	/** Shows each error next to its field; errors of fields not on this form are returned for a summary. */
	List<FieldError> show(List<FieldError> errors) {
		marks.values().forEach(ControlDecoration::hide);
		List<FieldError> elsewhere = new java.util.ArrayList<>();
		for (FieldError error : errors) {
			ControlDecoration mark = marks.get(error.field());
			if (mark == null) {
				elsewhere.add(error);
			} else {
				mark.setDescriptionText(error.message());
				mark.show();
			}
		}
		errors.stream().map(e -> fields.get(e.field())).filter(c -> c != null).findFirst().ifPresent(Control::setFocus);
		return elsewhere;
	}

	/** The message shown next to a field, or null: for tests and screen readers. */
	String messageAt(String key) {
		ControlDecoration mark = marks.get(key);
		return mark != null && mark.isVisible() ? mark.getDescriptionText() : null;
	}
}
