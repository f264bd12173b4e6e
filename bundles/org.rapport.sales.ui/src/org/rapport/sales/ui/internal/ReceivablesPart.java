package org.rapport.sales.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.ui.Reload;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.DeliveryStatus;
import org.rapport.sales.Order;
import org.rapport.sales.Orders;

import jakarta.annotation.PostConstruct;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.SalesTopics;

/** Orders not paid in full, oldest first: record a payment, follow the delivery. */
public class ReceivablesPart {

	private OrderTable table;
	private Label status;
	private Orders orders;
	private CustomerService customers;
	private Loader loader;
	/** Payments typed and not recorded (the order was saved meanwhile), offered again for the same order. */
	private final Unsaved payments = new Unsaved();

	@PostConstruct
	void create(Composite parent, Orders orderService, CustomerService customerService, Database database, IEventBroker broker) {
		this.orders = orderService;
		this.customers = customerService;
		GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).applyTo(parent);
		Button pay = new Button(parent, SWT.PUSH);
		pay.setText(Messages.Order_pay);
		Combo delivery = new Combo(parent, SWT.READ_ONLY);
		for (DeliveryStatus d : DeliveryStatus.values()) {
			delivery.add(Labels.delivery(d));
		}
		Button setDelivery = new Button(parent, SWT.PUSH);
		setDelivery.setText(Messages.Order_setDelivery);
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table = new OrderTable(parent, true);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(table.viewer().getControl());
		table.viewer().addSelectionChangedListener(e -> {
			Order o = table.selected();
			if (o != null) {
				delivery.select(o.delivery().ordinal());
			}
		});
		pay.addListener(SWT.Selection, e -> {
			Order o = table.selected();
			if (o == null) {
				return;
			}
			InputDialog amount = new InputDialog(parent.getShell(), Messages.Order_pay, NLS.bind(Messages.Order_payHow,
					o.number(), Amounts.exact(o.outstanding())), payments.offer(o.id(),
							o.outstanding().amount().toPlainString()), null);
			if (amount.open() == Window.OK) {
				String typed = amount.getValue();
				act(() -> {
					orders.pay(o.id(), o.version(), Amounts.money(typed, o.total().currency().getCurrencyCode()),
							LocalDate.now(), "");
					payments.saved(o.id());
				}, () -> payments.keep(o.id(), typed));
			}
		});
		setDelivery.addListener(SWT.Selection, e -> {
			Order o = table.selected();
			if (o != null && delivery.getSelectionIndex() >= 0) {
				act(() -> orders.deliver(o.id(), o.version(), DeliveryStatus.values()[delivery.getSelectionIndex()]),
						() -> false);
			}
		});
		loader = new Loader(table.viewer().getControl());
		Reload.when(broker, table.viewer().getControl(), this::reload, SalesTopics.ORDERS);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		table.viewer().getControl().setFocus();
	}

	private void reload() {
		loader.load(() -> Listing.of(orders.outstanding(500), Order::customerId, customers), this::show);
	}

	private void show(Listing<Order> open) {
		table.show(open.rows(), open.names());
		status.setText(NLS.bind(Messages.Order_status, open.rows().size()));
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	/** Makes the change; when it is refused, keeps what was typed for it and says so with the refusal. */
	private void act(Runnable change, java.util.function.BooleanSupplier keepTyped) {
		try {
			change.run();
		} catch (ValidationException e) {
			MessageDialog.openError(table.viewer().getControl().getShell(), Messages.Quote_notDone,
					Unsaved.refused(OpportunityDialog.text(e), keepTyped.getAsBoolean()));
		} catch (DatabaseException e) {
			MessageDialog.openError(table.viewer().getControl().getShell(), Messages.Quote_notDone,
					Unsaved.refused(e.getMessage(), keepTyped.getAsBoolean()));
		}
		reload();
	}
}
