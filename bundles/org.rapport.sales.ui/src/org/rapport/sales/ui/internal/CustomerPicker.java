package org.rapport.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.platform.ui.Loader;

/** A customer found as the user types: a filter field and the matches beside it (two cells of the parent's row). */
final class CustomerPicker {

	private final CustomerService customers;
	private final Text filter;
	private final Combo matches;
	private final List<CustomerSummary> found = new ArrayList<>();
	private final Loader loader;
	private long chosen = -1;

	CustomerPicker(Composite parent, CustomerService customers) {
		this.customers = customers;
		filter = new Text(parent, SWT.BORDER | SWT.SEARCH);
		filter.setMessage(Messages.Opportunity_customerHint);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(filter);
		matches = new Combo(parent, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(matches);
		loader = new Loader(matches);
		filter.addListener(SWT.Modify, e -> find(filter.getText()));
	}

	/** Shows a customer chosen beforehand. */
	void choose(long customerId) {
		chosen = customerId;
		loader.load(() -> customers.find(customerId), customer -> customer.ifPresent(c -> {
			matches.removeAll();
			found.clear();
			matches.add(c.name());
			matches.select(0);
		}));
	}

	/** The customer chosen, or -1. */
	long customerId() {
		return found.isEmpty() ? chosen : found.get(Math.max(0, matches.getSelectionIndex())).id();
	}

	/** Searches in the background as the user types; only the last text's matches are shown. */
	private void find(String text) {
		loader.load(() -> text.isBlank() ? List.<CustomerSummary>of() : customers.search(CustomerQuery.matching(text, 20)),
				this::show);
	}

	private void show(List<CustomerSummary> matching) {
		found.clear();
		matches.removeAll();
		found.addAll(matching);
		found.forEach(c -> matches.add(c.company() == null || c.company().isBlank() ? c.name()
				: c.name() + " (" + c.company() + ")"));
		if (!found.isEmpty()) {
			matches.select(0);
		}
	}
}
