package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.VipTier;

/** The cells of the customer grid; reading near the last loaded line asks for the next page. */
final class CustomerRows implements IDataProvider {

	/** A column: its translated title, width and content. */
	record Column(String title, int width, Function<CustomerSummary, Object> value) {
	}

	static final List<Column> COLUMNS = List.of(new Column(Messages.Column_name, 220, CustomerSummary::name),
			new Column(Messages.Column_company, 220, CustomerSummary::company),
			new Column(Messages.Column_email, 220, CustomerSummary::email),
			new Column(Messages.Column_phone, 150, CustomerSummary::phone),
			new Column(Messages.Column_city, 120, CustomerSummary::city),
			new Column(Messages.Column_stage, 100, c -> Labels.stage(c.stage())),
			new Column(Messages.Column_vip, 80, c -> c.vipTier() == VipTier.NONE ? "" : Labels.tier(c.vipTier())),
			new Column(Messages.Column_owner, 90, CustomerSummary::owner));

	private final CustomerPages pages;

	CustomerRows(CustomerPages pages) {
		this.pages = pages;
	}

	@Override
	public Object getDataValue(int column, int row) {
		pages.reached(row);
		if (row >= pages.rows().size()) {
			return "";
		}
		return COLUMNS.get(column).value().apply(pages.rows().get(row));
	}

	@Override
	public void setDataValue(int column, int row, Object value) {
		throw new UnsupportedOperationException("The customer list is read-only");
	}

	@Override
	public int getColumnCount() {
		return COLUMNS.size();
	}

	@Override
	public int getRowCount() {
		return pages.rows().size();
	}
}
