package org.rapport.sales.internal.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Rows;
import org.rapport.sales.QuoteLine;
import org.rapport.sales.QuoteStatus;

/** Rows of sales_quote as stored, and its lines in sales_quote_line (child rows written with SQL). */
public final class QuoteStore {

	static final String COLUMNS = "id, version, quote_number, customer_id, opportunity_id, status, currency, total,"
			+ " valid_until, created_by, created_at";

	/** A sales_quote row as stored: its status before any decision on its approval request is taken into account. */
	record Row(long id, int version, String number, long customerId, Long opportunityId, QuoteStatus status,
			String currency, BigDecimal total, LocalDate validUntil, String createdBy, Instant created) {
	}

	private QuoteStore() {
	}

	/** Reads {@link #COLUMNS} in their order. */
	static final Rows.Reader<Row> ROW = rs -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
			Rows.nullableLong(rs, 5), QuoteStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getBigDecimal(8),
			Rows.localDate(rs, 9), rs.getString(10), Rows.instant(rs, 11));

	static List<QuoteLine> lines(Connection c, long quoteId, Currency currency) throws SQLException {
		return Rows.query(c, "SELECT product_id, description, quantity, unit_price, discount_percent"
				+ " FROM sales_quote_line WHERE quote_id = ? ORDER BY position", List.of(quoteId),
				rs -> new QuoteLine(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
						new Money(rs.getBigDecimal(4), currency), rs.getBigDecimal(5)));
	}

	/** Replaces a quote's lines, inside the caller's transaction. */
	public static void writeLines(Connection c, long quoteId, List<QuoteLine> lines) throws SQLException {
		Rows.update(c, "DELETE FROM sales_quote_line WHERE quote_id = ?", quoteId);
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO sales_quote_line (quote_id, position,"
				+ " product_id, description, quantity, unit_price, discount_percent) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < lines.size(); i++) {
				QuoteLine line = lines.get(i);
				Rows.bind(insert, List.of(quoteId, i, line.productId(), line.description(), line.quantity(),
						line.unitPrice().amount(), line.discountPercent()));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}
}
