package org.rapport.contacts.ui.internal.segments;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
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
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

import jakarta.annotation.PostConstruct;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.ui.Reload;

/**
 * Segments: the list on the left; on the right the name and the rule of the one chosen, with the number of
 * customers matching it counted in the database as the rule is typed, and what is wrong with it and where.
 * Double-clicking a field of the reference puts it into the rule.
 */
public class SegmentsPart {

	/** Milliseconds of quiet typing before the count runs. */
	private static final int TYPING_PAUSE = 400;

	private Segments segments;
	private Loader lists;
	private Loader counter;
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
	void create(Composite parent, Segments segmentService, Database database, IEventBroker broker) {
		this.segments = segmentService;
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
		lists = new Loader(list);
		counter = new Loader(count);
		Reload.when(broker, list, () -> reload(fields));
		if (database.isOpen()) {
			reload(fields);
		}
	}

	@Focus
	void focus() {
		list.setFocus();
	}

	private record Reference(List<SegmentField> fields, List<Segment> segments) {
	}

	private void reload(Table fields) {
		lists.load(() -> new Reference(segments.fields(), segments.list()), reference -> {
			fields.removeAll();
			for (SegmentField f : reference.fields()) {
				TableItem item = new TableItem(fields, SWT.NONE);
				item.setText(f.id() + "  \u2014  " + f.label()
						+ (f.values().isEmpty() ? "" : ": " + String.join(", ", f.values())));
				item.setData(f);
			}
			showList(reference.segments(), null);
			// What the user began to type while the segments were read stays.
			if (editing == null && name.getText().isEmpty() && rule.getText().isEmpty()) {
				start(false);
			}
		});
	}

	/** Reads the segments again and selects the one with this id, if any. */
	private void refreshList(Long select) {
		lists.load(segments::list, found -> showList(found, select));
	}

	private void showList(List<Segment> found, Long select) {
		shown = found;
		list.removeAll();
		for (Segment s : shown) {
			new TableItem(list, SWT.NONE).setText(s.name() + (s.isStatic() ? "  (" + Messages.Segments_static + ")" : ""));
		}
		if (select != null) {
			list.setSelection(shown.stream().map(Segment::id).toList().indexOf(select));
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
			long id = editing.id();
			count(() -> segments.count(id));
		}
	}

	private void recount() {
		if (!staticList && !rule.getText().isBlank()) {
			int mine = ++ticket;
			rule.getDisplay().timerExec(TYPING_PAUSE, () -> {
				if (mine == ticket && !rule.isDisposed()) {
					String text = rule.getText();
					count(() -> segments.count(segments.parse(text)));
				}
			});
		}
	}

	/** Counts in the background (a rule over a million customers takes a moment); a newer count wins. */
	private void count(java.util.function.Supplier<Integer> counting) {
		count.setText(Messages.Segments_counting);
		counter.load(counting, n -> show(n, ""), e -> show(-1,
				e instanceof ValidationException invalid ? message(invalid) : String.valueOf(e.getMessage())));
	}

	private void show(int n, String failure) {
		count.setText(n < 0 ? "" : NLS.bind(Messages.Segments_count, n));
		problem.setText(failure);
		problem.getParent().layout(true, true);
	}

	private void save() {
		try {
			SegmentRule parsed = staticList ? null : segments.parse(rule.getText());
			editing = editing == null ? segments.create(name.getText(), parsed)
					: segments.update(editing.id(), editing.version(), name.getText(), parsed);
			problem.setText("");
			refreshList(editing.id());
		} catch (ValidationException e) {
			problem.setText(message(e));
		} catch (DatabaseException e) {
			// Saved by someone else meanwhile (stale), or refused: the name and rule typed stay for another try.
			problem.setText(e.getMessage());
		}
		problem.getParent().layout(true, true);
	}

	private void delete() {
		if (editing != null && MessageDialog.openConfirm(list.getShell(), Messages.Segments_delete,
				NLS.bind(Messages.Segments_deleteQuestion, editing.name()))) {
			segments.delete(editing.id());
			refreshList(null);
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
