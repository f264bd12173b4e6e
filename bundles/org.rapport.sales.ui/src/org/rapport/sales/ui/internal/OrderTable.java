package org.rapport.sales.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.rapport.sales.Order;

/** Orders with their total, what is paid and outstanding, and where the goods are. */
final class OrderTable {

	private final TableViewer viewer;
	private final Map<Long, String> customerNames = new HashMap<>();

	OrderTable(Composite parent, boolean withCustomer) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Order_number, 130, Order::number);
		if (withCustomer) {
			column(Messages.List_customer, 220, o -> customerNames.getOrDefault(o.customerId(), ""));
		}
		column(Messages.Order_date, 110, o -> Amounts.day(LocalDate.ofInstant(o.ordered(), ZoneId.systemDefault())));
		column(Messages.Quote_total, 130, o -> Amounts.exact(o.total()));
		column(Messages.Order_paid, 130, o -> Amounts.exact(o.paid()));
		column(Messages.Order_outstanding, 130, o -> Amounts.exact(o.outstanding()));
		column(Messages.Order_delivery, 120, o -> Labels.delivery(o.delivery()));
	}

	TableViewer viewer() {
		return viewer;
	}

	void show(List<Order> orders, Map<Long, String> names) {
		customerNames.putAll(names);
		viewer.setInput(orders);
	}

	Order selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof Order o ? o : null;
	}

	private void column(String title, int width, Function<Order, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Order) element);
			}
		});
	}
}
