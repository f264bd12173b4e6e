package org.rapport.sales.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rapport.platform.ui.Columns;
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
		Columns.add(viewer, Messages.Order_number, 130, Order.class, Order::number);
		if (withCustomer) {
			Columns.add(viewer, Messages.List_customer, 220, Order.class,
					o -> customerNames.getOrDefault(o.customerId(), ""));
		}
		Columns.add(viewer, Messages.Order_date, 110, Order.class,
				o -> Amounts.day(LocalDate.ofInstant(o.ordered(), ZoneId.systemDefault())));
		Columns.add(viewer, Messages.Quote_total, 130, Order.class, o -> Amounts.exact(o.total()));
		Columns.add(viewer, Messages.Order_paid, 130, Order.class, o -> Amounts.exact(o.paid()));
		Columns.add(viewer, Messages.Order_outstanding, 130, Order.class, o -> Amounts.exact(o.outstanding()));
		Columns.add(viewer, Messages.Order_delivery, 120, Order.class, o -> Labels.delivery(o.delivery()));
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

}
