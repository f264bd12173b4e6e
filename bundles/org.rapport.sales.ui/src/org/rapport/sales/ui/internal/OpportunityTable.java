package org.rapport.sales.ui.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rapport.platform.ui.Columns;
import org.rapport.sales.Opportunity;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesStage;

/** A table of opportunities with their customer, stage, amount, close date, owner and days in stage. */
final class OpportunityTable {

	private final TableViewer viewer;
	private final Map<Long, String> customerNames = new HashMap<>();
	private final Map<String, String> stageLabels = new HashMap<>();

	OpportunityTable(Composite parent, boolean withCustomer) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(viewer, Messages.List_name, 220, Opportunity.class, Opportunity::name);
		if (withCustomer) {
			Columns.add(viewer, Messages.List_customer, 200, Opportunity.class,
					o -> customerNames.getOrDefault(o.customerId(), ""));
		}
		Columns.add(viewer, Messages.List_stage, 130, Opportunity.class,
				o -> stageLabels.getOrDefault(o.processId() + "/" + o.stageId(), o.stageId()));
		Columns.add(viewer, Messages.List_probability, 60, Opportunity.class, o -> o.probability() + "%");
		Columns.add(viewer, Messages.List_amount, 120, Opportunity.class, o -> Amounts.whole(o.amount()));
		Columns.add(viewer, Messages.List_close, 110, Opportunity.class, o -> Amounts.day(o.closeDate()));
		Columns.add(viewer, Messages.List_owner, 90, Opportunity.class, Opportunity::owner);
		Columns.add(viewer, Messages.List_days, 80, Opportunity.class,
				o -> String.valueOf(o.daysInStage(Instant.now())));
		Columns.add(viewer, Messages.List_next, 220, Opportunity.class, Opportunity::nextStep);
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Shows the opportunities; the names of their customers and their processes (for stage labels) come along. */
	void show(List<Opportunity> shown, Map<Long, String> names, List<SalesProcess> processes) {
		for (SalesProcess p : processes) {
			for (SalesStage s : p.stages()) {
				stageLabels.put(p.id() + "/" + s.id(), s.label());
			}
		}
		customerNames.putAll(names);
		viewer.setInput(shown);
	}

	Opportunity selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof Opportunity o ? o : null;
	}

}
