package org.rapport.sales.ui.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.rapport.sales.SalesStage;

/** The buyer signals of the stage shown, as boxes the rep ticks when the customer shows them. */
final class SignalChecks {

	private final Composite boxes;
	private final Set<String> ticked;

	/** @param ticked the opportunity's ticked signals as "stageId#position" */
	SignalChecks(Composite parent, Set<String> ticked) {
		this.ticked = new LinkedHashSet<>(ticked);
		boxes = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(boxes);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(boxes);
	}

	/** Ticks the signals the opportunity recorded (read after the boxes were made); the stage is shown again after. */
	void tick(Set<String> recorded) {
		ticked.clear();
		ticked.addAll(recorded);
	}

	void show(SalesStage stage) {
		for (Control old : boxes.getChildren()) {
			old.dispose();
		}
		for (int i = 0; i < stage.signals().size(); i++) {
			String key = stage.id() + "#" + i;
			Button box = new Button(boxes, SWT.CHECK);
			box.setText(stage.signals().get(i));
			box.setSelection(ticked.contains(key));
			box.addListener(SWT.Selection, e -> {
				if (box.getSelection()) {
					ticked.add(key);
				} else {
					ticked.remove(key);
				}
			});
		}
		boxes.getParent().layout(true, true);
	}

	/** The signals ticked now, of every stage shown. */
	Set<String> ticked() {
		return Set.copyOf(ticked);
	}
}
