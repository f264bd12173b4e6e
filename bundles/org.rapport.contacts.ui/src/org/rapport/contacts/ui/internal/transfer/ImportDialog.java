package org.rapport.contacts.ui.internal.transfer;

import java.nio.file.Path;

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
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.ContactTransfer.Preview;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.ui.internal.Messages;

/**
 * Shows what an import will read (encoding, columns, the first customers and their problems) and asks what
 * to do with duplicates, before anything is written.
 */
final class ImportDialog extends TitleAreaDialog {

	private final Path file;
	private final Preview preview;
	private final Button[] choices = new Button[OnDuplicate.values().length];
	private OnDuplicate onDuplicate = OnDuplicate.SKIP;

	ImportDialog(Shell parent, Path file, Preview preview) {
		super(parent);
		this.file = file;
		this.preview = preview;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Import_title);
		setMessage(NLS.bind(Messages.Import_message, file.getFileName(), preview.encoding()));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Import_first);
		List rows = new List(body, SWT.BORDER | SWT.V_SCROLL);
		for (CustomerInput in : preview.rows()) {
			String name = in.givenName() != null || in.familyName() != null ? person(in) : blank(in.name());
			rows.add(name + "  " + in.channels().stream().map(c -> c.value()).reduce((a, b) -> a + ", " + b).orElse("")
					+ (in.company() == null ? "" : "  (" + in.company() + ")"));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(620, 140).applyTo(rows);
		if (!preview.problems().isEmpty()) {
			Label problems = new Label(body, SWT.WRAP);
			problems.setText(NLS.bind(Messages.Import_problems, String.join("\n", preview.problems())));
			GridDataFactory.fillDefaults().grab(true, false).hint(620, SWT.DEFAULT).applyTo(problems);
		}
		if (!preview.mapping().isEmpty()) {
			new Label(body, SWT.NONE).setText(Messages.Import_columns);
			Text mapping = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL);
			mapping.setText(preview.mapping());
			GridDataFactory.fillDefaults().grab(true, true).hint(620, 90).applyTo(mapping);
		}
		new Label(body, SWT.NONE).setText(Messages.Import_duplicates);
		String[] labels = { Messages.Import_skip, Messages.Import_merge, Messages.Import_create };
		for (OnDuplicate choice : OnDuplicate.values()) {
			Button radio = new Button(body, SWT.RADIO);
			radio.setText(labels[choice.ordinal()]);
			radio.setSelection(choice == OnDuplicate.SKIP);
			radio.addListener(SWT.Selection, e -> onDuplicate = choice);
			choices[choice.ordinal()] = radio;
		}
		return area;
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
		createButton(parent, IDialogConstants.OK_ID, Messages.Import_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	OnDuplicate onDuplicate() {
		return onDuplicate;
	}

}
