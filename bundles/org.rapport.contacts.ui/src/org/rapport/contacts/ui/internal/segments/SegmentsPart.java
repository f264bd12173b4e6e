package org.rapport.contacts.ui.internal.segments;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.Segment;
import org.rapport.contacts.SegmentField;
import org.rapport.contacts.SegmentRule;
import org.rapport.contacts.Segments;
import org.rapport.contacts.ui.internal.Messages;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Segments: the list on the left; on the right the name and the rule of the one chosen, with the number of
 * customers matching it counted in the database as the rule is typed, and what is wrong with it and where.
 * Double-clicking a field of the reference puts it into the rule.
 */
public class SegmentsPart {

	/** Milliseconds of quiet typing before the count runs. */
	private static final int TYPING_PAUSE = 400;

	private Segments segments;
	private UISynchronize ui;
	private Table list;
	private Text name;
	private Text rule;
	private Label count;
	private Label problem;
	private List<Segment> shown = List.of();
	private Segment editing;
	private boolean staticList;
	private int ticket;

	@PostConstruct
	void create(Composite parent, Segments segmentService, Database database, UISynchronize sync) {
		this.segments = segmentService;
		this.ui = sync;
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(left);
		list = new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(list);
		list.addListener(SWT.Selection, e -> edit(list.getSelectionIndex()));
		button(left, Messages.Segments_newRule, () -> start(false));
		button(left, Messages.Segments_newList, () -> start(true));
		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(right);
		new Label(right, SWT.NONE).setText(Messages.Segments_name);
		name = new Text(right, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(name);
		Label ruleLabel = new Label(right, SWT.NONE);
		ruleLabel.setText(Messages.Segments_rule);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(ruleLabel);
		rule = new Text(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		rule.setMessage(Messages.Segments_ruleHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 70).applyTo(rule);
		rule.addListener(SWT.Modify, e -> recount());
		new Label(right, SWT.NONE);
		count = new Label(right, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
		new Label(right, SWT.NONE);
		problem = new Label(right, SWT.WRAP);
		problem.setForeground(problem.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(problem);
		Composite buttons = new Composite(right, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		button(buttons, Messages.Segments_save, this::save);
		button(buttons, Messages.Segments_delete, this::delete);
		Label reference = new Label(right, SWT.WRAP);
		reference.setText(Messages.Segments_fields);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(reference);
		Table fields = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(fields);
		fields.addListener(SWT.DefaultSelection, e -> {
			if (e.item != null && rule.getEnabled()) {
				rule.insert(((SegmentField) e.item.getData()).id() + " ");
				rule.setFocus();
			}
		});
		sash.setWeights(1, 2);
		if (database.isOpen()) {
			reload(fields);
		}
		this.fieldsTable = fields;
	}

	private Table fieldsTable;

	@Inject
	@Optional
	void databaseOpened(@UIEventTopic(EventTopics.DATABASE_OPENED) Object info) {
		if (list != null && !list.isDisposed()) {
			reload(fieldsTable);
		}
	}

	@Focus
	void focus() {
		list.setFocus();
	}

	private void reload(Table fields) {
		fields.removeAll();
		for (SegmentField f : segments.fields()) {
			TableItem item = new TableItem(fields, SWT.NONE);
			item.setText(f.id() + "  \u2014  " + f.label() + (f.values().isEmpty() ? "" : ": " + String.join(", ", f.values())));
			item.setData(f);
		}
		refreshList();
		start(false);
	}

	private void refreshList() {
		shown = segments.list();
		list.removeAll();
		for (Segment s : shown) {
			new TableItem(list, SWT.NONE).setText(s.name() + (s.isStatic() ? "  (" + Messages.Segments_static + ")" : ""));
		}
	}

	private void start(boolean asList) {
		editing = null;
		staticList = asList;
		name.setText("");
		rule.setText("");
		rule.setEnabled(!asList);
		count.setText("");
		problem.setText("");
		name.setFocus();
	}

	private void edit(int index) {
		if (index < 0 || index >= shown.size()) {
			return;
		}
		editing = shown.get(index);
		staticList = editing.isStatic();
		name.setText(editing.name());
		rule.setEnabled(!staticList);
		rule.setText(staticList ? "" : segments.format(editing.rule()));
		if (staticList) {
			count(null);
		}
	}

	private void recount() {
		if (!staticList && !rule.getText().isBlank()) {
			int mine = ++ticket;
			rule.getDisplay().timerExec(TYPING_PAUSE, () -> {
				if (mine == ticket && !rule.isDisposed()) {
					try {
						count(segments.parse(rule.getText()));
					} catch (ValidationException e) {
						show(mine, -1, message(e));
					}
				}
			});
		}
	}

	/** Counts in a job (a rule over a million customers takes a moment); a newer count wins. */
	private void count(SegmentRule parsed) {
		int mine = ++ticket;
		Segment segment = editing;
		count.setText(Messages.Segments_counting);
		Job job = Job.create(Messages.Segments_counting, monitor -> {
			try {
				int n = parsed != null ? segments.count(parsed) : segments.count(segment.id());
				ui.asyncExec(() -> show(mine, n, ""));
			} catch (ValidationException e) {
				ui.asyncExec(() -> show(mine, -1, message(e)));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(int mine, int n, String failure) {
		if (mine != ticket || count.isDisposed()) {
			return;
		}
		count.setText(n < 0 ? "" : NLS.bind(Messages.Segments_count, n));
		problem.setText(failure);
		problem.getParent().layout(true, true);
	}

	private void save() {
		try {
			SegmentRule parsed = staticList ? null : segments.parse(rule.getText());
			editing = editing == null ? segments.create(name.getText(), parsed)
					: segments.update(editing.id(), name.getText(), parsed);
			problem.setText("");
			refreshList();
			list.setSelection(shown.stream().map(Segment::id).toList().indexOf(editing.id()));
		} catch (ValidationException e) {
			problem.setText(message(e));
		}
	}

	private void delete() {
		if (editing != null && MessageDialog.openConfirm(list.getShell(), Messages.Segments_delete,
				NLS.bind(Messages.Segments_deleteQuestion, editing.name()))) {
			segments.delete(editing.id());
			refreshList();
			start(false);
		}
	}

	private static String message(ValidationException e) {
		return String.join("\n", e.errors().stream().map(FieldError::message).toList());
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}
}
