package org.rapport.sales.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.sales.SalesStage;
import org.rapport.sales.SalesStage.Outcome;

/**
 * A stage of the company's own process: name, win probability, outcome, and the buyer signals a rep should see
 * before moving on (one per line). For a contributed process only the probability can change.
 */
final class StageDialog extends TitleAreaDialog {

	private final SalesStage existing;
	private final boolean probabilityOnly;
	private Text name;
	private Spinner probability;
	private Combo outcome;
	private Text signals;
	private SalesStage result;

	StageDialog(Shell parent, SalesStage existing, boolean probabilityOnly) {
		super(parent);
		this.existing = existing;
		this.probabilityOnly = probabilityOnly;
	}

	/** The stage as entered (its id kept, blank for a new one). */
	SalesStage stage() {
		return result;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(existing == null ? Messages.Stage_newTitle : existing.label());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(existing == null ? Messages.Stage_newTitle : existing.label());
		setMessage(probabilityOnly ? Messages.Stage_contributed : Messages.Stage_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Stage_name);
		name = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(name);
		new Label(body, SWT.NONE).setText(Messages.Stage_probability);
		probability = new Spinner(body, SWT.BORDER);
		probability.setValues(existing == null ? 10 : existing.probability(), 0, 100, 0, 5, 10);
		new Label(body, SWT.NONE).setText(Messages.Stage_outcome);
		outcome = new Combo(body, SWT.READ_ONLY);
		outcome.setItems(Labels.outcome(Outcome.OPEN), Labels.outcome(Outcome.WON), Labels.outcome(Outcome.LOST));
		outcome.select(existing == null ? 0 : existing.outcome().ordinal());
		Label signalsLabel = new Label(body, SWT.NONE);
		signalsLabel.setText(Messages.Stage_signals);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(signalsLabel);
		signals = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(320, 90).applyTo(signals);
		if (existing != null) {
			name.setText(existing.label());
			signals.setText(String.join("\n", existing.signals()));
		}
		name.setEditable(!probabilityOnly);
		outcome.setEnabled(!probabilityOnly);
		signals.setEditable(!probabilityOnly);
		return area;
	}

	@Override
	protected void okPressed() {
		if (name.getText().isBlank()) {
			setErrorMessage(Messages.Stage_noName);
			return;
		}
		List<String> lines = Arrays.stream(signals.getText().split("\\R")).filter(s -> !s.isBlank()).toList();
		result = new SalesStage(existing == null ? null : existing.id(), name.getText().strip(), probability.getSelection(),
				Outcome.values()[outcome.getSelectionIndex()], lines);
		super.okPressed();
	}
}
