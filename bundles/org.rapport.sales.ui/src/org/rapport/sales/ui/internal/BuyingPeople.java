package org.rapport.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.contacts.AccountRole;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.BuyingContact;

/**
 * The people on the customer's side of an opportunity, each with the part they play in the purchase. Their names
 * are read in the background.
 */
final class BuyingPeople {

	private final CustomerService customers;
	private final List<BuyingContact> contacts = new ArrayList<>();
	private final Map<Long, String> names = new java.util.HashMap<>();
	private final Composite area;
	private final Table table;
	private final Loader loader;

	/** Fills two cells of the parent's row; changes wait for {@link #show(List)}. */
	BuyingPeople(Composite parent, CustomerService customers) {
		this.customers = customers;
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(area);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(area);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		new TableColumn(table, SWT.LEFT).setText(Messages.People_name);
		new TableColumn(table, SWT.LEFT).setText(Messages.People_role);
		table.getColumn(0).setWidth(220);
		table.getColumn(1).setWidth(180);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(SWT.DEFAULT, 80).applyTo(table);
		loader = new Loader(table);
		CustomerPicker person = new CustomerPicker(area, customers);
		Combo role = new Combo(area, SWT.READ_ONLY);
		for (AccountRole r : AccountRole.values()) {
			role.add(Labels.role(r));
		}
		role.select(0);
		Button add = new Button(area, SWT.PUSH);
		add.setText(Messages.People_add);
		Button remove = new Button(area, SWT.PUSH);
		remove.setText(Messages.People_remove);
		add.addListener(SWT.Selection, e -> {
			if (person.customerId() > 0) {
				contacts.add(new BuyingContact(person.customerId(), AccountRole.values()[role.getSelectionIndex()]));
				show();
			}
		});
		remove.addListener(SWT.Selection, e -> {
			if (table.getSelectionIndex() >= 0) {
				contacts.remove(table.getSelectionIndex());
				show();
			}
		});
		area.setEnabled(false);
	}

	/** Shows the people involved so far (read by the dialog) and lets the user change them. */
	void show(List<BuyingContact> current) {
		contacts.addAll(current);
		area.setEnabled(true);
		show();
	}

	List<BuyingContact> contacts() {
		return List.copyOf(contacts);
	}

	/** Lists the people at once; names not known yet follow when read. */
	private void show() {
		list();
		List<Long> unknown = contacts.stream().map(BuyingContact::customerId).filter(id -> !names.containsKey(id))
				.distinct().toList();
		if (!unknown.isEmpty()) {
			loader.load(() -> customers.names(unknown), found -> {
				names.putAll(found);
				unknown.forEach(id -> names.putIfAbsent(id, ""));
				list();
			});
		}
	}

	private void list() {
		table.removeAll();
		for (BuyingContact c : contacts) {
			new TableItem(table, SWT.NONE).setText(new String[] { names.getOrDefault(c.customerId(), ""),
					Labels.role(c.role()) });
		}
	}
}
