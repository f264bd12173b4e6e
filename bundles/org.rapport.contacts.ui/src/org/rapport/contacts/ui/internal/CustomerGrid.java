package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.rapport.contacts.CustomerSort;

/**
 * The NatTable of the customer list: a header over the lines reached so far, one line selected at a time. The
 * header marks the column the list is sorted by; clicking a header or opening its menu is reported.
 */
final class CustomerGrid {

	private final NatTable table;
	private final SelectionLayer selection;
	private final List<CustomerColumns.Column> columns;
	private Menu headerMenu;
	private Menu bodyMenu;

	CustomerGrid(Composite parent, CustomerPages pages, List<CustomerColumns.Column> columns, CustomerSort sort) {
		CollectionsBootstrap.prepare();
		this.columns = columns;
		DataLayer body = new DataLayer(new CustomerRows(pages, columns));
		for (int i = 0; i < columns.size(); i++) {
			body.setColumnWidthByPosition(i, columns.get(i).width());
		}
		// A click selects the whole customer, so that Enter, double-click and the lines' menu act on it.
		selection = new SelectionLayer(body, false);
		selection.addConfiguration(new DefaultRowSelectionLayerConfiguration());
		ViewportLayer viewport = new ViewportLayer(selection);
		String[] titles = columns.stream().map(c -> c.sort() == sort ? c.title() + " \u25B2" : c.title())
				.toArray(String[]::new);
		ColumnHeaderLayer header = new ColumnHeaderLayer(
				new DefaultColumnHeaderDataLayer(new DefaultColumnHeaderDataProvider(titles)), viewport, selection);
		CompositeLayer grid = new CompositeLayer(1, 2);
		grid.setChildLayer(GridRegion.COLUMN_HEADER, header, 0, 0);
		grid.setChildLayer(GridRegion.BODY, viewport, 0, 1);
		table = new NatTable(parent, grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				// Names, addresses and numbers read best aligned left, as in a spreadsheet.
				Style left = new Style();
				left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL,
						GridRegion.BODY);
			}
		});
		table.configure();
		table.setData("org.eclipse.e4.ui.css.id", "customer-list");
		table.addListener(SWT.MenuDetect, this::chooseMenu);
	}

	/** Calls back with the column whose header the user clicked. */
	void onHeaderClick(Consumer<CustomerColumns.Column> clicked) {
		table.addListener(SWT.MouseUp, e -> {
			CustomerColumns.Column column = header(e.x, e.y);
			if (column != null && e.button == 1) {
				clicked.accept(column);
			}
		});
	}

	/** The menus shown on the header and on the lines (right-click). */
	void setHeaderMenu(Menu menu) {
		headerMenu = menu;
	}

	void setBodyMenu(Menu menu) {
		bodyMenu = menu;
	}

	private void chooseMenu(org.eclipse.swt.widgets.Event e) {
		org.eclipse.swt.graphics.Point at = table.toControl(e.x, e.y);
		table.setMenu(table.getRegionLabelsByXY(at.x, at.y).hasLabel(GridRegion.COLUMN_HEADER) ? headerMenu : bodyMenu);
	}

	/** Row indexes of the selected lines, in order. */
	List<Integer> selectedRows() {
		return java.util.Arrays.stream(selection.getFullySelectedRowPositions()).boxed().toList();
	}

	private CustomerColumns.Column header(int x, int y) {
		if (!table.getRegionLabelsByXY(x, y).hasLabel(GridRegion.COLUMN_HEADER)) {
			return null;
		}
		int index = table.getColumnIndexByPosition(table.getColumnPositionByX(x));
		return index >= 0 && index < columns.size() ? columns.get(index) : null;
	}

	NatTable control() {
		return table;
	}

	/** Shows new or more lines. */
	void refresh() {
		if (!table.isDisposed()) {
			table.refresh();
		}
	}

	/** Row index of the selected line (or of the line holding the selected cell), or -1. */
	int selectedRow() {
		int[] rows = selection.getFullySelectedRowPositions();
		if (rows.length > 0) {
			return rows[0];
		}
		var anchor = selection.getSelectionAnchor();
		return anchor == null ? -1 : anchor.getRowPosition();
	}
}
