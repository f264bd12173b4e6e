package org.rapport.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.ui.internal.transfer.Transfers;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.ui.internal.editor.NewCustomerDialog;
import org.rapport.contacts.ui.internal.editor.CustomerOpener;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.SecurityContext;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The customer list: a saved view, a filter that searches as the user types (name, pinyin, initials, email,
 * phone digits, company), and a grid that loads pages from the database as the user scrolls. Double-click or
 * Enter opens the customer.
 */
public class CustomerListPart {

	/** Milliseconds of quiet typing before the filter runs. */
	private static final int TYPING_PAUSE = 150;

	private Text filter;
	private Combo view;
	private Label status;
	private CustomerGrid grid;
	private CustomerPages pages;
	private SecurityContext security;
	private int typed;

	@PostConstruct
	void create(Composite parent, CustomerService customers, Database database, SecurityContext securityContext,
			UISynchronize ui, MApplication application, EModelService models, EPartService parts,
			CustomerDuplicates duplicates, ContactTransfer transfer) {
		this.security = securityContext;
		GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).spacing(6, 6).applyTo(parent);
		view = new Combo(parent, SWT.READ_ONLY);
		view.setItems(Messages.View_all, Messages.View_mine, Messages.View_vip);
		view.select(0);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.List_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		Button add = new Button(parent, SWT.PUSH);
		add.setText(Messages.List_new);
		Button importing = new Button(parent, SWT.PUSH);
		importing.setText(Messages.List_import);
		importing.addListener(SWT.Selection, e -> {
			if (Transfers.importFile(parent.getShell(), transfer)) {
				reload();
			}
		});
		Button exporting = new Button(parent, SWT.PUSH);
		exporting.setText(Messages.List_export);
		exporting.addListener(SWT.Selection, e -> Transfers.exportFile(parent.getShell(), transfer));
		pages = new CustomerPages(customers, task -> ui.asyncExec(() -> {
			if (!status.isDisposed()) {
				task.run();
			}
		}), this::refresh);
		grid = new CustomerGrid(parent, new CustomerRows(pages));
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(grid.control());
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(status);
		filter.addListener(SWT.Modify, e -> {
			int ticket = ++typed;
			filter.getDisplay().timerExec(TYPING_PAUSE, () -> {
				if (ticket == typed && !filter.isDisposed()) {
					reload();
				}
			});
		});
		view.addListener(SWT.Selection, e -> reload());
		CustomerOpener opener = new CustomerOpener(application, models, parts);
		add.addListener(SWT.Selection, e -> {
			NewCustomerDialog dialog = new NewCustomerDialog(parent.getShell(), customers, duplicates);
			if (dialog.open() == org.eclipse.jface.window.Window.OK) {
				reload();
				opener.open(dialog.created().id());
			}
		});
		grid.control().addListener(SWT.MouseDoubleClick, e -> openSelected(opener));
		grid.control().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				openSelected(opener);
			}
		});
		if (database.isOpen()) {
			reload();
		} else {
			status.setText(Messages.List_waitingForDatabase);
		}
	}

	@Inject
	@Optional
	void databaseOpened(@UIEventTopic(EventTopics.DATABASE_OPENED) Object info) {
		if (filter != null && !filter.isDisposed()) {
			reload();
		}
	}

	@Focus
	void focus() {
		filter.setFocus();
	}

	private void openSelected(CustomerOpener opener) {
		int row = grid.selectedRow();
		if (row >= 0 && row < pages.rows().size()) {
			opener.open(pages.rows().get(row).id());
		}
	}

	private void reload() {
		String owner = view.getSelectionIndex() == 1 ? security.currentUser().login() : null;
		boolean vip = view.getSelectionIndex() == 2;
		pages.show(new CustomerQuery(filter.getText(), owner, vip, null, null, CustomerPages.PAGE));
	}

	private void refresh() {
		grid.refresh();
		int shown = pages.rows().size();
		String text;
		if (!pages.problem().isEmpty()) {
			text = NLS.bind(Messages.List_failed, pages.problem());
		} else if (shown == 0 && pages.isLoading()) {
			text = Messages.List_loading;
		} else if (shown == 0) {
			text = filter.getText().isBlank() ? Messages.List_empty : NLS.bind(Messages.List_noMatch, filter.getText());
		} else {
			text = NLS.bind(pages.hasMore() ? Messages.List_shownMore : Messages.List_shown, shown);
		}
		status.setText(text);
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}
}
