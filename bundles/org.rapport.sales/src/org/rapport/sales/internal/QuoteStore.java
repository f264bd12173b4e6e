package org.rapport.sales.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Rows;
import org.rapport.sales.DeliveryStatus;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteLine;
import org.rapport.sales.QuoteStatus;

/** Rows of sales_quote, sales_quote_line and the order an accepted quote becomes. */
final class QuoteStore {

	/** A sales_quote row as stored. */
	record Row(long id, int version, String number, long customerId, Long opportunityId, QuoteStatus status,
			String currency, BigDecimal total, LocalDate validUntil, String createdBy, Instant created) {
	}

	private QuoteStore() {
	}

	static List<Row> read(Connection c, String sql, List<?> params) throws SQLException {
		return Rows.query(c, sql, params, rs -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
				(Long) rs.getObject(5, Long.class), QuoteStatus.valueOf(rs.getString(6)), rs.getString(7),
				rs.getBigDecimal(8), rs.getDate(9).toLocalDate(), rs.getString(10), rs.getTimestamp(11).toInstant()));
	}

	static List<QuoteLine> lines(Connection c, long quoteId, Currency currency) throws SQLException {
		return Rows.query(c, "SELECT product_id, description, quantity, unit_price, discount_percent"
				+ " FROM sales_quote_line WHERE quote_id = ? ORDER BY position", List.of(quoteId),
				rs -> new QuoteLine(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
						new Money(rs.getBigDecimal(4), currency), rs.getBigDecimal(5)));
	}

	static void writeLines(Connection c, long quoteId, List<QuoteLine> lines) throws SQLException {
		try (PreparedStatement delete = c.prepareStatement("DELETE FROM sales_quote_line WHERE quote_id = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO sales_quote_line (quote_id, position,"
						+ " product_id, description, quantity, unit_price, discount_percent) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			delete.setLong(1, quoteId);
			delete.executeUpdate();
			for (int i = 0; i < lines.size(); i++) {
				QuoteLine line = lines.get(i);
				insert.setLong(1, quoteId);
				insert.setInt(2, i);
				insert.setLong(3, line.productId());
				insert.setString(4, line.description());
				insert.setBigDecimal(5, line.quantity());
				insert.setBigDecimal(6, line.unitPrice().amount());
				insert.setBigDecimal(7, line.discountPercent());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** Writes the order of an accepted quote; returns its id. */
	static long order(Connection c, long id, Quote quote) throws SQLException {
		try (PreparedStatement st = c.prepareStatement("INSERT INTO sales_order (id, order_number, quote_id,"
				+ " customer_id, total, currency, paid, delivery, ordered_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
			st.setLong(1, id);
			st.setString(2, "SO-" + LocalDate.now().getYear() + "-" + id);
			st.setLong(3, quote.id());
			st.setLong(4, quote.customerId());
			st.setBigDecimal(5, quote.total().amount());
			st.setString(6, quote.total().currency().getCurrencyCode());
			st.setString(7, DeliveryStatus.NOT_SHIPPED.name());
			st.setTimestamp(8, Timestamp.from(Instant.now()));
			st.executeUpdate();
		}
		return id;
	}
}
