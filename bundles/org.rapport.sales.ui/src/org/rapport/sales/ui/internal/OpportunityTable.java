package org.rapport.sales.ui.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rapport.sales.Opportunity;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

/** A table of opportunities with their customer, stage, amount, close date, owner and days in stage. */
final class OpportunityTable {

	private final TableViewer viewer;
	private final Map<Long, String> customerNames = new HashMap<>();
	private final Map<String, String> stageLabels = new HashMap<>();

	OpportunityTable(Composite parent, SalesProcesses processes, boolean withCustomer) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (SalesProcess p : processes.list()) {
			for (SalesStage s : p.stages()) {
				stageLabels.put(p.id() + "/" + s.id(), s.label());
			}
		}
		column(Messages.List_name, 220, Opportunity::name);
		if (withCustomer) {
			column(Messages.List_customer, 200, o -> customerNames.getOrDefault(o.customerId(), ""));
		}
		column(Messages.List_stage, 130, o -> stageLabels.getOrDefault(o.processId() + "/" + o.stageId(), o.stageId()));
		column(Messages.List_probability, 60, o -> o.probability() + "%");
		column(Messages.List_amount, 120, o -> Amounts.whole(o.amount()));
		column(Messages.List_close, 110, o -> Amounts.day(o.closeDate()));
		column(Messages.List_owner, 90, Opportunity::owner);
		column(Messages.List_days, 80, o -> String.valueOf(o.daysInStage(Instant.now())));
		column(Messages.List_next, 220, Opportunity::nextStep);
	}

	TableViewer viewer() {
		return viewer;
	}

	void show(List<Opportunity> shown, Map<Long, String> names) {
		customerNames.putAll(names);
		viewer.setInput(shown);
	}

	Opportunity selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof Opportunity o ? o : null;
	}

	private void column(String title, int width, Function<Opportunity, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Opportunity) element);
			}
		});
	}
}
