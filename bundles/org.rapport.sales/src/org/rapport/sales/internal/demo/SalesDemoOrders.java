package org.rapport.sales.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.rapport.contacts.VipTier;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.sales.DeliveryStatus;
import org.rapport.sales.PriceList;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.QuoteStatus;

/**
 * The demo's catalogue, and the paper trail of its deals: an accepted quote and an order for every won MYR
 * opportunity (paid in full after a month or two, the recent ones partly or not yet; delivered, or on the way),
 * and quotes for deals in proposal and negotiation. Written in batches through the platform's JDBC layer.
 */
final class SalesDemoOrders {

	private static final Object[][] CATALOGUE = { { "CRM-ENT", "Enterprise licence, per seat", "1000" },
			{ "CRM-PRO", "Professional licence, per seat", "600" }, { "IMPL-DAY", "Implementation, per day", "2500" },
			{ "TRAIN-DAY", "Training, per day", "1800" }, { "SUPPORT-YR", "Annual support", "12000" },
			{ "HW-KIT", "Point-of-sale hardware kit", "4500" } };
	private static final int BATCH = 2_000;

	/** A deal that gets paperwork. */
	private record Deal(long id, long customerId, BigDecimal amount, LocalDate close, String stage) {
	}

	private final Database database;
	private final Products products;
	private final Random random;

	SalesDemoOrders(Database database, Products products, Random random) {
		this.database = database;
		this.products = products;
		this.random = random;
	}

	/** @return quotes and orders written */
	int[] add(String user) {
		for (Object[] p : CATALOGUE) {
			products.save((String) p[0], (String) p[1], Money.of((String) p[2], "MYR"), true);
		}
		products.priceList(new PriceList("Gold customers", VipTier.GOLD, new BigDecimal("5")));
		products.priceList(new PriceList("Platinum customers", VipTier.PLATINUM, new BigDecimal("10")));
		List<Product> catalogue = products.list();
		Jdbc jdbc = database.jdbc();
		List<Deal> deals = jdbc.query("SELECT id, customer_id, amount, close_date, stage_id FROM sales_opportunity"
				+ " WHERE currency = 'MYR' AND stage_id IN ('won', 'proposal', 'negotiation') ORDER BY id", List.of(),
				rs -> new Deal(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), Rows.localDate(rs, 4),
						rs.getString(5)));
		int[] written = new int[2];
		for (int from = 0; from < deals.size(); from += BATCH) {
			List<Deal> slice = deals.subList(from, Math.min(deals.size(), from + BATCH));
			jdbc.change(c -> {
				try (PreparedStatement quote = c.prepareStatement("INSERT INTO sales_quote (id, version, quote_number,"
						+ " customer_id, opportunity_id, status, currency, total, valid_until, created_by, created_at)"
						+ " VALUES (?, 1, ?, ?, ?, ?, 'MYR', ?, ?, ?, ?)");
						PreparedStatement line = c.prepareStatement("INSERT INTO sales_quote_line (quote_id, position,"
								+ " product_id, description, quantity, unit_price, discount_percent)"
								+ " VALUES (?, 0, ?, ?, ?, ?, ?)");
						PreparedStatement order = c.prepareStatement("INSERT INTO sales_order (id, version,"
								+ " order_number, quote_id, customer_id, total, currency, paid, delivery, ordered_at)"
								+ " VALUES (?, 1, ?, ?, ?, ?, 'MYR', ?, ?, ?)");
						PreparedStatement payment = c.prepareStatement("INSERT INTO sales_payment (order_id, amount,"
								+ " paid_on, reference, recorded_by) VALUES (?, ?, ?, ?, ?)")) {
					for (Deal deal : slice) {
						long quoteId = jdbc.nextId(c, "sales_seq");
						BigDecimal total = quote(quote, line, quoteId, deal, catalogue, user);
						written[0]++;
						if (deal.stage().equals("won")) {
							order(order, payment, jdbc.nextId(c, "sales_seq"), quoteId, deal, total, user);
							written[1]++;
						}
					}
					for (PreparedStatement batch : new PreparedStatement[] { quote, line, order, payment }) {
						batch.executeBatch();
					}
				}
			});
		}
		return written;
	}

	/** A quote of one line for the deal: accepted once won, approved in negotiation, else a draft; gives its total. */
	private BigDecimal quote(PreparedStatement quote, PreparedStatement line, long id, Deal deal,
			List<Product> catalogue, String user) throws SQLException {
		Product product = catalogue.get(random.nextInt(catalogue.size()));
		BigDecimal unit = product.listPrice().amount();
		BigDecimal quantity = deal.amount().divide(unit, 0, RoundingMode.UP).max(BigDecimal.ONE);
		BigDecimal discount = BigDecimal.valueOf(random.nextInt(4) * 5L);
		BigDecimal gross = unit.multiply(quantity);
		BigDecimal total = gross.subtract(gross.multiply(discount).divide(BigDecimal.valueOf(100)))
				.setScale(2, RoundingMode.HALF_UP);
		boolean won = deal.stage().equals("won");
		LocalDate today = LocalDate.now();
		LocalDate quoted = won ? deal.close().minusDays(14) : today.minusDays(random.nextInt(20));
		QuoteStatus status = won ? QuoteStatus.ACCEPTED
				: deal.stage().equals("negotiation") ? QuoteStatus.APPROVED : QuoteStatus.DRAFT;
		Rows.bind(quote, List.of(id, "Q-" + quoted.getYear() + "-" + id, deal.customerId(), deal.id(), status, total,
				won ? deal.close().plusDays(16) : today.plusDays(30), user,
				quoted.atStartOfDay(ZoneId.systemDefault()).toInstant()));
		quote.addBatch();
		Rows.bind(line, List.of(id, product.id(), product.name(), quantity, unit, discount));
		line.addBatch();
		return total;
	}

	/** An order on the close date: paid within two months once that long ago, delivered once a month ago. */
	private void order(PreparedStatement order, PreparedStatement payment, long id, long quoteId, Deal deal,
			BigDecimal total, String user) throws SQLException {
		LocalDate close = deal.close();
		long age = ChronoUnit.DAYS.between(close, LocalDate.now());
		BigDecimal paid = age > 60 ? total : age > 20 ? total.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN)
				: BigDecimal.ZERO;
		DeliveryStatus delivery = age > 30 ? DeliveryStatus.DELIVERED
				: age > 7 ? DeliveryStatus.SHIPPED : DeliveryStatus.NOT_SHIPPED;
		Rows.bind(order, List.of(id, "SO-" + close.getYear() + "-" + id, quoteId, deal.customerId(), total, paid,
				delivery, close.atTime(11, 0).atZone(ZoneId.systemDefault()).toInstant()));
		order.addBatch();
		if (paid.signum() > 0) {
			Rows.bind(payment, List.of(id, paid, close.plusDays(Math.min(age, 20 + random.nextInt(40))),
					"TT " + (10_000 + random.nextInt(90_000)), user));
			payment.addBatch();
		}
	}
}
