package org.rapport.contacts.ui.internal.transfer;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.ContactTransfer.Preview;
import org.rapport.contacts.ContactTransfer.Reading;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.ui.internal.Messages;
import org.rapport.platform.ui.DialogSize;
import org.rapport.platform.ui.Loader;

/**
 * Shows what an import will read, before anything is written: the character set (detected, and changeable),
 * each column and what it holds (recognised, and changeable), the first customers and their problems; and asks
 * what to do with duplicates, and whether a row with a value that cannot be understood is rejected (strict) or
 * imported with the value kept as written and a warning. Every change reads the first rows again. The file (and what
 * a column can hold) is read in the background: Import waits for the preview of what the user chose.
 */
final class ImportDialog extends TitleAreaDialog {

	/** Character sets offered besides the detected one: the ones contact files come in, in our markets. */
	private static final String[] ENCODINGS = { "UTF-8", "UTF-16", "GBK", "GB18030", "Big5", "windows-1252",
			"ISO-8859-1" };

	/** What the dialog reads when it opens: the first rows as detected, and what a CSV column can hold. */
	private record Opening(Preview preview, Map<String, String> fields) {
	}

	private final Path file;
	private final ContactTransfer transfer;
	private final boolean csv;
	private Loader loader;
	private Preview preview;
	private Combo encoding;
	private Composite columnsHolder;
	private ColumnChoices columns;
	private List rows;
	private Label problems;
	private Button strict;
	private OnDuplicate onDuplicate = OnDuplicate.SKIP;
	private Reading reading = Reading.detected();

	ImportDialog(Shell parent, Path file, ContactTransfer transfer) {
		super(parent);
		this.file = file;
		this.transfer = transfer;
		this.csv = ContactTransfer.formatOf(file) == ContactTransfer.Format.CSV;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** Never taller than the screen: the columns and rows scroll instead. */
	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		int screen = getShell().getDisplay().getClientArea().height;
		return new Point(size.x, Math.min(size.y, screen - 60));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Import_title);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		if (csv) {
			new Label(body, SWT.NONE).setText(Messages.Import_encoding);
			encoding = new Combo(body, SWT.READ_ONLY);
			encoding.setEnabled(false);
			encoding.addListener(SWT.Selection, e -> reread());
			Label heading = new Label(body, SWT.NONE);
			heading.setText(Messages.Import_columns);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
			// The column choices are made once the fields they offer are read.
			columnsHolder = new Composite(body, SWT.NONE);
			columnsHolder.setLayout(new FillLayout());
			GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 150).applyTo(columnsHolder);
		}
		Label first = new Label(body, SWT.NONE);
		first.setText(Messages.Import_first);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(first);
		rows = new List(body, SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 100).applyTo(rows);
		problems = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(640, SWT.DEFAULT).applyTo(problems);
		Label duplicates = new Label(body, SWT.NONE);
		duplicates.setText(Messages.Import_duplicates);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(duplicates);
		String[] labels = { Messages.Import_skip, Messages.Import_merge, Messages.Import_create };
		for (OnDuplicate choice : OnDuplicate.values()) {
			Button radio = new Button(body, SWT.RADIO);
			radio.setText(labels[choice.ordinal()]);
			radio.setSelection(choice == OnDuplicate.SKIP);
			radio.addListener(SWT.Selection, e -> onDuplicate = choice);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(radio);
		}
		strict = new Button(body, SWT.CHECK);
		strict.setText(Messages.Import_strict);
		strict.setEnabled(false);
		strict.addListener(SWT.Selection, e -> reread());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(strict);
		loader = new Loader(rows);
		Reading detected = reading;
		loader.load(() -> new Opening(transfer.preview(file, detected, 10), csv ? transfer.columnFields() : Map.of()),
				this::opened, this::unreadable);
		return area;
	}

	/** The first read: the character sets and columns to choose from, and the first rows. */
	private void opened(Opening opening) {
		preview = opening.preview();
		if (csv) {
			encoding.add(NLS.bind(Messages.Import_detected, preview.encoding()));
			for (String name : ENCODINGS) {
				encoding.add(name);
			}
			encoding.select(0);
			encoding.setEnabled(true);
			columns = new ColumnChoices(columnsHolder, opening.fields(), this::reread);
			columnsHolder.layout(true, true);
		}
		strict.setEnabled(true);
		showPreview();
		fit();
	}

	/** A file that cannot be read is said in a message, and nothing is imported (the dialog closes). */
	private void unreadable(RuntimeException e) {
		Shell parent = getParentShell();
		getShell().getDisplay().asyncExec(() -> {
			if (getShell() != null && !getShell().isDisposed()) {
				setReturnCode(CANCEL);
				close();
				MessageDialog.openError(parent, Messages.Import_title, e.getMessage());
			}
		});
	}

	/** Grows the dialog (within the screen) to the columns and problems read. */
	private void fit() {
		DialogSize.grow(getShell());
	}

	/**
	 * Reads the first rows again, in the background, with the character set, columns and strictness as they are now
	 * chosen.
	 */
	private void reread() {
		String charset = !csv || encoding.getSelectionIndex() <= 0 ? null : encoding.getText();
		Reading next = new Reading(charset, csv ? columns.columns() : null, strict.getSelection());
		// Import waits for this reading: the one shown before is not what the user chose now.
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		loader.load(() -> transfer.preview(file, next, 10), read -> {
			preview = read;
			reading = next;
			setErrorMessage(null);
			showPreview();
		}, e -> setErrorMessage(e.getMessage()));
	}

	private void showPreview() {
		setMessage(NLS.bind(Messages.Import_message, file.getFileName(), csv ? preview.encoding() : "vCard"));
		if (columns != null) {
			columns.show(preview);
		}
		rows.removeAll();
		for (CustomerInput in : preview.rows()) {
			rows.add(line(in));
		}
		problems.setText(preview.problems().isEmpty() ? ""
				: NLS.bind(Messages.Import_problems, String.join("\n", preview.problems())));
		problems.getParent().layout(true, true);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(true);
		}
	}

	private static String line(CustomerInput in) {
		String name = in.givenName() != null || in.familyName() != null ? person(in) : blank(in.name());
		return name + "  " + in.channels().stream().map(c -> c.value()).reduce((a, b) -> a + ", " + b).orElse("")
				+ (in.company() == null ? "" : "  (" + in.company() + ")");
	}

	/** Chinese names family name first, as everywhere in Rapport. */
	private static String person(CustomerInput in) {
		String family = blank(in.familyName());
		boolean han = !family.isEmpty() && Character.UnicodeScript.of(family.codePointAt(0)) == Character.UnicodeScript.HAN;
		return han ? family + blank(in.givenName()) : (blank(in.givenName()) + " " + family).trim();
	}

	private static String blank(String s) {
		return s == null ? "" : s;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Import_button, true).setEnabled(preview != null);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		// Only what a finished preview showed is imported.
		if (preview != null && !loader.busy()) {
			super.okPressed();
		}
	}

	OnDuplicate onDuplicate() {
		return onDuplicate;
	}

	/** The character set and columns the preview last read successfully with. */
	Reading reading() {
		return reading;
	}
}
