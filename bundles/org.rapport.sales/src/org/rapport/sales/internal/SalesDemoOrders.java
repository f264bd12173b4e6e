package org.rapport.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.rapport.contacts.VipTier;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.sales.DeliveryStatus;
import org.rapport.sales.PriceList;
import org.rapport.sales.Product;
import org.rapport.sales.Products;

/**
 * The demo's catalogue, and the paper trail of its deals: an accepted quote and an order for every won MYR
 * opportunity (paid in full after a month or two, the recent ones partly or not yet; delivered, or on the way),
 * and quotes for deals in proposal and negotiation. Written in batches.
 */
final class SalesDemoOrders {

	private static final Object[][] CATALOGUE = { { "CRM-ENT", "Enterprise licence, per seat", "1000" },
			{ "CRM-PRO", "Professional licence, per seat", "600" }, { "IMPL-DAY", "Implementation, per day", "2500" },
			{ "TRAIN-DAY", "Training, per day", "1800" }, { "SUPPORT-YR", "Annual support", "12000" },
			{ "HW-KIT", "Point-of-sale hardware kit", "4500" } };

	private final Database database;
	private final Products products;
	private final Random random;

	SalesDemoOrders(Database database, Products products, Random random) {
		this.database = database;
		this.products = products;
		this.random = random;
	}

	/** @return quotes and orders written */
	int[] add(String user) throws SQLException {
		for (Object[] p : CATALOGUE) {
			products.save((String) p[0], (String) p[1], Money.of((String) p[2], "MYR"), true);
		}
		products.priceList(new PriceList("Gold customers", VipTier.GOLD, new BigDecimal("5")));
		products.priceList(new PriceList("Platinum customers", VipTier.PLATINUM, new BigDecimal("10")));
		List<Product> catalogue = products.list();
		int quotes = 0;
		int orders = 0;
		LocalDate today = LocalDate.now();
		SalesIds ids = new SalesIds(database.info().kind());
		try (Connection c = database.dataSource().getConnection();
				PreparedStatement deals = c.prepareStatement("SELECT id, customer_id, amount, close_date, stage_id"
						+ " FROM sales_opportunity WHERE currency = 'MYR' AND stage_id IN ('won', 'proposal', 'negotiation')"
						+ " ORDER BY id");
				PreparedStatement quote = c.prepareStatement("INSERT INTO sales_quote (id, version, quote_number,"
						+ " customer_id, opportunity_id, status, currency, total, valid_until, created_by, created_at)"
						+ " VALUES (?, 1, ?, ?, ?, ?, 'MYR', ?, ?, ?, ?)");
				PreparedStatement line = c.prepareStatement("INSERT INTO sales_quote_line (quote_id, position,"
						+ " product_id, description, quantity, unit_price, discount_percent) VALUES (?, 0, ?, ?, ?, ?, ?)");
				PreparedStatement order = c.prepareStatement("INSERT INTO sales_order (id, order_number, quote_id,"
						+ " customer_id, total, currency, paid, delivery, ordered_at) VALUES (?, ?, ?, ?, ?, 'MYR', ?, ?, ?)");
				PreparedStatement payment = c.prepareStatement("INSERT INTO sales_payment (order_id, amount, paid_on,"
						+ " reference, recorded_by) VALUES (?, ?, ?, ?, ?)")) {
			c.setAutoCommit(false);
			List<Object[]> found = new java.util.ArrayList<>();
			try (ResultSet rs = deals.executeQuery()) {
				while (rs.next()) {
					found.add(new Object[] { rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getDate(4).toLocalDate(),
							rs.getString(5) });
				}
			}
			for (Object[] deal : found) {
				Product product = catalogue.get(random.nextInt(catalogue.size()));
				BigDecimal unit = product.listPrice().amount();
				BigDecimal quantity = ((BigDecimal) deal[2]).divide(unit, 0, RoundingMode.UP).max(BigDecimal.ONE);
				BigDecimal discount = BigDecimal.valueOf(random.nextInt(4) * 5L);
				BigDecimal gross = unit.multiply(quantity);
				BigDecimal total = gross.subtract(gross.multiply(discount).divide(BigDecimal.valueOf(100)))
						.setScale(2, RoundingMode.HALF_UP);
				LocalDate close = (LocalDate) deal[3];
				boolean won = deal[4].equals("won");
				long quoteId = ids.next(c);
				LocalDate quoted = won ? close.minusDays(14) : today.minusDays(random.nextInt(20));
				quote.setLong(1, quoteId);
				quote.setString(2, "Q-" + quoted.getYear() + "-" + quoteId);
				quote.setLong(3, (Long) deal[1]);
				quote.setLong(4, (Long) deal[0]);
				quote.setString(5, won ? "ACCEPTED" : deal[4].equals("negotiation") ? "APPROVED" : "DRAFT");
				quote.setBigDecimal(6, total);
				quote.setObject(7, java.sql.Date.valueOf(won ? close.plusDays(16) : today.plusDays(30)));
				quote.setString(8, user);
				quote.setTimestamp(9, Timestamp.from(quoted.atStartOfDay(ZoneId.systemDefault()).toInstant()));
				quote.addBatch();
				line.setLong(1, quoteId);
				line.setLong(2, product.id());
				line.setString(3, product.name());
				line.setBigDecimal(4, quantity);
				line.setBigDecimal(5, unit);
				line.setBigDecimal(6, discount);
				line.addBatch();
				quotes++;
				if (won) {
					order(order, payment, ids.next(c), quoteId, (Long) deal[1], total, close, today, user);
					orders++;
				}
				if (quotes % 2000 == 0) {
					flush(c, quote, line, order, payment);
				}
			}
			flush(c, quote, line, order, payment);
		}
		return new int[] { quotes, orders };
	}

	/** An order on the close date: paid within two months once that long ago, delivered once a month ago. */
	private void order(PreparedStatement order, PreparedStatement payment, long id, long quoteId, long customer,
			BigDecimal total, LocalDate close, LocalDate today, String user) throws SQLException {
		long age = java.time.temporal.ChronoUnit.DAYS.between(close, today);
		BigDecimal paid = age > 60 ? total : age > 20 ? total.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN)
				: BigDecimal.ZERO;
		order.setLong(1, id);
		order.setString(2, "SO-" + close.getYear() + "-" + id);
		order.setLong(3, quoteId);
		order.setLong(4, customer);
		order.setBigDecimal(5, total);
		order.setBigDecimal(6, paid);
		order.setString(7, (age > 30 ? DeliveryStatus.DELIVERED : age > 7 ? DeliveryStatus.SHIPPED
				: DeliveryStatus.NOT_SHIPPED).name());
		order.setTimestamp(8, Timestamp.from(close.atTime(11, 0).atZone(ZoneId.systemDefault()).toInstant()));
		order.addBatch();
		if (paid.signum() > 0) {
			payment.setLong(1, id);
			payment.setBigDecimal(2, paid);
			payment.setObject(3, java.sql.Date.valueOf(close.plusDays(Math.min(age, 20 + random.nextInt(40)))));
			payment.setString(4, "TT " + (10_000 + random.nextInt(90_000)));
			payment.setString(5, user);
			payment.addBatch();
		}
	}

	private static void flush(Connection c, PreparedStatement... batches) throws SQLException {
		for (PreparedStatement batch : batches) {
			batch.executeBatch();
		}
		c.commit();
	}
}
