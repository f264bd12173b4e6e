package org.rapport.contacts.ui.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.ContactTransfer.Preview;

/**
 * The columns of a CSV file, one line each: its header, a value from the first rows, and what it holds, which
 * the user can change. Every change is reported so that the preview follows.
 */
final class ColumnChoices {

	private final ScrolledComposite scroller;
	private final Composite lines;
	private final List<String> names;
	private final List<String> labels;
	private final List<Combo> combos = new ArrayList<>();
	private final Runnable changed;
	private boolean edited;

	/**
	 * @param fields  what a column can hold: name to translated label
	 * @param changed called when the user picks another field for a column
	 */
	ColumnChoices(Composite parent, Map<String, String> fields, Runnable changed) {
		this.names = List.copyOf(fields.keySet());
		this.labels = List.copyOf(fields.values());
		this.changed = changed;
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
		lines = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).spacing(12, 2).applyTo(lines);
		scroller.setContent(lines);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
	}

	Control control() {
		return scroller;
	}

	/** Shows the file's columns as the preview read them (only the first time: later the user's choice stays). */
	void show(Preview preview) {
		if (!combos.isEmpty()) {
			return;
		}
		for (int i = 0; i < preview.headers().size(); i++) {
			Label header = new Label(lines, SWT.NONE);
			header.setText(preview.headers().get(i));
			header.setFont(JFaceResources.getBannerFont());
			Label sample = new Label(lines, SWT.NONE);
			sample.setText(shortened(preview.samples().get(i)));
			sample.setForeground(sample.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).grab(true, false).hint(200, SWT.DEFAULT).applyTo(sample);
			Combo field = new Combo(lines, SWT.READ_ONLY);
			field.setItems(labels.toArray(String[]::new));
			field.select(Math.max(0, names.indexOf(preview.columns().get(i))));
			field.setData("org.rapport.column", preview.headers().get(i));
			field.addListener(SWT.Selection, e -> {
				edited = true;
				changed.run();
			});
			combos.add(field);
		}
		scroller.setMinSize(lines.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/**
	 * What each column holds as the user chose it, or null while the user changed nothing (recognised columns
	 * know more than a list of fields: which Google column says whether a phone is a mobile).
	 */
	List<String> columns() {
		return edited ? combos.stream().map(c -> names.get(Math.max(0, c.getSelectionIndex()))).toList() : null;
	}

	private static String shortened(String value) {
		return value.length() > 40 ? value.substring(0, 39) + "\u2026" : value;
	}
}
