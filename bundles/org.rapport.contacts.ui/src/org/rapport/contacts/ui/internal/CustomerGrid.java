package org.rapport.contacts.ui.internal;

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
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;

/** The NatTable of the customer list: a header over the pages loaded so far, one line selected at a time. */
final class CustomerGrid {

	private final NatTable table;
	private final SelectionLayer selection;

	CustomerGrid(Composite parent, CustomerRows rows) {
		CollectionsBootstrap.prepare();
		DataLayer body = new DataLayer(rows);
		for (int i = 0; i < CustomerRows.COLUMNS.size(); i++) {
			body.setColumnWidthByPosition(i, CustomerRows.COLUMNS.get(i).width());
		}
		selection = new SelectionLayer(body);
		ViewportLayer viewport = new ViewportLayer(selection);
		String[] titles = CustomerRows.COLUMNS.stream().map(CustomerRows.Column::title).toArray(String[]::new);
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

	/** Row index of the selected line, or -1. */
	int selectedRow() {
		int[] rows = selection.getFullySelectedRowPositions();
		return rows.length == 0 ? -1 : rows[0];
	}
}
