package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSort;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.Segments;
import org.rapport.contacts.ui.internal.editor.CustomerOpener;
import org.rapport.contacts.ui.internal.editor.NewCustomerDialog;
import org.rapport.contacts.ui.internal.transfer.Transfers;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.SecurityContext;

import jakarta.annotation.PostConstruct;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.rapport.contacts.ContactsTopics;
import org.rapport.contacts.Segment;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.ui.Reload;

/**
 * The customer list: a saved view, a filter that searches as the user types (name, pinyin, initials, email,
 * phone digits, company, or {@code field:value} for a custom field), and a grid that loads pages from the
 * database as the user scrolls. The views are everyone, mine, VIP and every segment. A click on a header sorts
 * by that column; the header's menu shows and hides columns (custom fields too), remembered with the part; the
 * lines' menu puts the selected customers on a static list. Double-click or Enter opens the customer.
 */
public class CustomerListPart {

	/** Milliseconds of quiet typing before the filter runs. */
	private static final int TYPING_PAUSE = 150;
	private static final String COLUMNS_KEY = "rapport.customerList.columns";
	private static final String SORT_KEY = "rapport.customerList.sort";

	private Composite parent;
	private Text filter;
	private Label status;
	private CustomerGrid grid;
	private CustomerPages pages;
	private CustomerColumns columns;
	private List<CustomField> defined = List.of();
	private CustomerSort sort = CustomerSort.NAME;
	private SecurityContext security;
	private CustomFields fields;
	private Segments segmentsService;
	private SavedViews views;
	private MPart part;
	private CustomerOpener opener;
	private int typed;
	private Loader loader;

	@PostConstruct
	void create(Composite parent, CustomerService customers, Database database, SecurityContext securityContext,
			UISynchronize ui, MApplication application, EModelService models, EPartService parts,
			CustomerDuplicates duplicates, ContactTransfer transfer, CustomFields customFields, Segments segments,
			MPart part, IEventBroker broker) {
		this.segmentsService = segments;
		this.parent = parent;
		this.security = securityContext;
		this.fields = customFields;
		this.part = part;
		sort = sortRemembered(part.getPersistedState().get(SORT_KEY));
		GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).spacing(6, 6).applyTo(parent);
		views = new SavedViews(parent, segmentsService);
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
		exporting.addListener(SWT.Selection, e -> Transfers.exportFile(parent.getShell(), transfer, views.segment()));
		pages = new CustomerPages(customers, task -> ui.asyncExec(() -> {
			if (!status.isDisposed()) {
				task.run();
			}
		}), this::refresh);
		status = new Label(parent, SWT.NONE);
		filter.addListener(SWT.Modify, e -> {
			int ticket = ++typed;
			filter.getDisplay().timerExec(TYPING_PAUSE, () -> {
				if (ticket == typed && !filter.isDisposed()) {
					reload();
				}
			});
		});
		views.control().addListener(SWT.Selection, e -> reload());
		opener = new CustomerOpener(application, models, parts);
		add.addListener(SWT.Selection, e -> {
			NewCustomerDialog dialog = new NewCustomerDialog(parent.getShell(), customers, duplicates);
			if (dialog.open() == Window.OK) {
				reload();
				opener.open(dialog.created().id());
			}
		});
		loader = new Loader(filter);
		// New, renamed or removed custom fields change the columns on offer, segments the saved views.
		Reload.when(broker, filter, this::start, ContactsTopics.CUSTOM_FIELDS, ContactsTopics.SEGMENTS);
		if (database.isOpen()) {
			start();
		} else {
			buildGrid();
			status.setText(Messages.List_waitingForDatabase);
		}
	}

	@Focus
	void focus() {
		filter.setFocus();
	}

	private record Offer(List<CustomField> fields, List<Segment> segments) {
	}

	/**
	 * Reads the custom fields (they make columns) and the segments (views) in the background, then shows the first
	 * page; the grid is built again only when the fields changed, the list read again when a segment is shown.
	 */
	private void start() {
		loader.load(() -> new Offer(defined(), views.read()), offer -> {
			Long shown = views.segment();
			views.show(offer.segments());
			if (columns == null || !offer.fields().equals(defined)) {
				defined = offer.fields();
				columns = new CustomerColumns(defined, part.getPersistedState().get(COLUMNS_KEY));
				buildGrid();
				reload();
			} else if (shown != null) {
				reload();
			}
		});
	}

	/** The grid for the columns shown now, between the tool row and the status line. */
	private void buildGrid() {
		if (grid != null) {
			grid.control().dispose();
		}
		if (columns == null) {
			columns = new CustomerColumns(List.of(), null);
		}
		List<CustomerColumns.Column> shown = columns.shown();
		pages.readAlso(columns.needsCustomValues() ? this::customValues : lines -> Map.of());
		grid = new CustomerGrid(parent, pages, shown, sort);
		grid.control().moveAbove(status);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(grid.control());
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(status);
		grid.control().addListener(SWT.MouseDoubleClick, e -> openSelected());
		grid.control().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				openSelected();
			}
		});
		grid.onHeaderClick(column -> {
			if (column.sort() != null && column.sort() != sort) {
				sort = column.sort();
				part.getPersistedState().put(SORT_KEY, sort.name());
				buildGrid();
				reload();
			}
		});
		grid.setHeaderMenu(columnMenu());
		grid.setBodyMenu(new ListMenu(parent.getShell(), segmentsService, this::selectedIds, views::shownSegment).menu(grid.control()));
		parent.layout(true, true);
	}

	private Menu columnMenu() {
		Menu menu = new Menu(grid.control());
		for (CustomerColumns.Column column : columns.available()) {
			MenuItem item = new MenuItem(menu, SWT.CHECK);
			item.setText(column.title());
			item.setSelection(columns.isShown(column.id()));
			item.setEnabled(!CustomerColumns.NAME.equals(column.id()));
			item.addListener(SWT.Selection, e -> {
				columns.toggle(column.id());
				part.getPersistedState().put(COLUMNS_KEY, columns.remembered());
				buildGrid();
				reload();
			});
		}
		return menu;
	}

	private List<CustomField> defined() {
		try {
			return fields.definitions();
		} catch (RuntimeException e) {
			return List.of();
		}
	}

	private Map<Long, Map<String, String>> customValues(List<CustomerSummary> lines) {
		return fields.values(lines.stream().map(CustomerSummary::id).toList());
	}

	private static CustomerSort sortRemembered(String name) {
		try {
			return name == null ? CustomerSort.NAME : CustomerSort.valueOf(name);
		} catch (IllegalArgumentException e) {
			return CustomerSort.NAME;
		}
	}

	private List<Long> selectedIds() {
		return grid.selectedRows().stream().map(pages::line).filter(java.util.Objects::nonNull).map(CustomerSummary::id)
				.toList();
	}

	private void openSelected() {
		int row = grid.selectedRow();
		CustomerSummary line = row < 0 ? null : pages.line(row);
		if (line != null) {
			opener.open(line.id());
		}
	}

	private void reload() {
		pages.show(views.query(filter.getText(), security.currentLogin(), sort, CustomerPages.PAGE));
	}

	private void refresh() {
		grid.refresh();
		int shown = pages.size();
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
		status.getParent().layout(new Control[] { status });
	}
}
