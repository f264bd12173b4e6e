package org.rapport.contacts.ui.internal;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.rapport.contacts.CustomerSummary;

/** The cells of the customer grid; reading a line that is not in memory asks for its page. */
final class CustomerRows implements IDataProvider {

	private final CustomerPages pages;
	private final List<CustomerColumns.Column> columns;

	CustomerRows(CustomerPages pages, List<CustomerColumns.Column> columns) {
		this.pages = pages;
		this.columns = columns;
	}

	@Override
	public Object getDataValue(int column, int row) {
		CustomerSummary line = pages.line(row);
		if (line == null) {
			return "";
		}
		String value = columns.get(column).value().apply(line, pages.extras(row));
		return value == null ? "" : value;
	}

	@Override
	public void setDataValue(int column, int row, Object value) {
		throw new UnsupportedOperationException("The customer list is read-only");
	}

	@Override
	public int getColumnCount() {
		return columns.size();
	}

	@Override
	public int getRowCount() {
		return pages.size();
	}
}
