package org.rapport.sales.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.ui.Columns;
import org.rapport.platform.ui.Reload;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Order;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteDocuments;
import org.rapport.sales.QuoteStatus;
import org.rapport.sales.Quotes;

import jakarta.annotation.PostConstruct;
import org.rapport.platform.security.Action;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.Opportunities;
import org.rapport.sales.SalesTopics;

/**
 * Quotes by status: new ones, changes to drafts, submitting (a discount above my limit waits for a sales
 * manager's approval in the Inbox), and the customer's answer (accepted: the order is made).
 */
public class QuotesPart {

	private Combo status;
	private TableViewer table;
	private Quotes quotes;
	private CustomerService customers;
	private Map<Long, String> names = Map.of();
	private Loader loader;
	private Button letterhead;
	private SecurityContext security;

	@PostConstruct
	void create(Composite parent, Quotes quoteService, Products products, QuoteDocuments documents,
			CustomerService customerService,
			SecurityContext security, Database database, IEventBroker broker) {
		this.quotes = quoteService;
		this.security = security;
		this.customers = customerService;
		GridLayoutFactory.fillDefaults().numColumns(9).margins(6, 6).applyTo(parent);
		status = new Combo(parent, SWT.READ_ONLY);
		for (QuoteStatus s : QuoteStatus.values()) {
			status.add(Labels.status(s));
		}
		status.select(0);
		Button add = button(parent, Messages.Quote_new);
		Button open = button(parent, Messages.List_open);
		Button submit = button(parent, Messages.Quote_submit);
		Button accept = button(parent, Messages.Quote_accept);
		Button decline = button(parent, Messages.Quote_decline);
		Button print = button(parent, Messages.Quote_print);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(new org.eclipse.swt.widgets.Label(parent, SWT.NONE));
		letterhead = button(parent, Messages.Letterhead_button);
		letterhead.setEnabled(false);
		letterhead.addListener(SWT.Selection, e -> new LetterheadDialog(parent.getShell(), documents).open());
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(table, Messages.Quote_number, 130, Quote.class, Quote::number);
		Columns.add(table, Messages.List_customer, 220, Quote.class, q -> names.getOrDefault(q.customerId(), ""));
		Columns.add(table, Messages.Quote_status, 140, Quote.class, q -> Labels.status(q.status()));
		Columns.add(table, Messages.Quote_total, 130, Quote.class, q -> Amounts.exact(q.total()));
		Columns.add(table, Messages.Quote_validUntil, 110, Quote.class, q -> Amounts.day(q.validUntil()));
		Columns.add(table, Messages.Quote_lines, 60, Quote.class, q -> String.valueOf(q.lines().size()));
		Columns.add(table, Messages.Quote_rejection, 260, Quote.class, Quote::rejection);
		GridDataFactory.fillDefaults().span(9, 1).grab(true, true).applyTo(table.getControl());
		status.addListener(SWT.Selection, e -> reload());
		add.addListener(SWT.Selection, e -> {
			new QuoteDialog(parent.getShell(), null, quotes, products, customers, security).open();
			reload();
		});
		Runnable edit = () -> {
			Quote q = selected();
			if (q != null) {
				new QuoteDialog(parent.getShell(), q, quotes, products, customers, security).open();
				reload();
			}
		};
		open.addListener(SWT.Selection, e -> edit.run());
		table.addDoubleClickListener(e -> edit.run());
		submit.addListener(SWT.Selection, e -> act(q -> {
			Quote after = quotes.submit(q.id(), q.version());
			if (after.status() == QuoteStatus.AWAITING_APPROVAL) {
				MessageDialog.openInformation(parent.getShell(), Messages.Quote_submit,
						NLS.bind(Messages.Quote_sentForApproval, after.number()));
			}
		}));
		accept.addListener(SWT.Selection, e -> act(q -> {
			Order order = quotes.accept(q.id(), q.version());
			MessageDialog.openInformation(parent.getShell(), Messages.Quote_accept,
					NLS.bind(Messages.Quote_ordered, order.number(), order.total()));
		}));
		decline.addListener(SWT.Selection, e -> act(q -> quotes.decline(q.id(), q.version())));
		print.addListener(SWT.Selection, e -> {
			Quote q = selected();
			if (q != null) {
				QuotePrinting.save(parent.getShell(), documents, q);
			}
		});
		loader = new Loader(table.getControl());
		Reload.when(broker, table.getControl(), this::reload, SalesTopics.QUOTES);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		table.getControl().setFocus();
	}

	private void reload() {
		QuoteStatus chosen = QuoteStatus.values()[status.getSelectionIndex()];
		loader.load(() -> new Shown(Listing.of(quotes.inStatus(chosen, 500), Quote::customerId, customers),
				security.isPermitted(Opportunities.MODULE, Action.ADMINISTER)), shown -> {
					names = shown.quotes().names();
					table.setInput(shown.quotes().rows());
					letterhead.setEnabled(shown.admin());
				});
	}

	/** The quotes, and whether the user may set the letterhead (an administrator). */
	private record Shown(Listing<Quote> quotes, boolean admin) {
	}

	private void act(java.util.function.Consumer<Quote> action) {
		Quote q = selected();
		if (q == null) {
			return;
		}
		try {
			action.accept(q);
		} catch (ValidationException e) {
			MessageDialog.openError(table.getControl().getShell(), Messages.Quote_notDone, OpportunityDialog.text(e));
		} catch (DatabaseException e) {
			MessageDialog.openError(table.getControl().getShell(), Messages.Quote_notDone, e.getMessage());
		}
		reload();
	}

	private Quote selected() {
		Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return first instanceof Quote q ? q : null;
	}


	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		return button;
	}
}
