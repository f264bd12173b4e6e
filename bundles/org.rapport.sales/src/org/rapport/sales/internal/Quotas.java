package org.rapport.sales.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;

import org.rapport.platform.money.Money;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.SalesPeriod;

/** Quotas in sales_quota: one amount per rep and period. */
final class Quotas {

	private Quotas() {
	}

	/** Each owner's quotas (of the filter's owners, everyone's without) for periods inside its dates, converted. */
	static Map<String, BigDecimal> byOwner(Connection c, OpportunityFilter filter, String company,
			Map<String, NavigableMap<LocalDate, BigDecimal>> rates) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT owner_login, currency, period_end, SUM(amount) FROM sales_quota"
				+ " WHERE period_start >= ? AND period_end <= ?");
		if (!filter.owners().isEmpty()) {
			sql.append(" AND owner_login IN (").append("?, ".repeat(filter.owners().size() - 1)).append("?)");
		}
		sql.append(" GROUP BY owner_login, currency, period_end");
		Map<String, BigDecimal> quotas = new java.util.TreeMap<>();
		try (PreparedStatement st = c.prepareStatement(sql.toString())) {
			st.setObject(1, java.sql.Date.valueOf(filter.closeFrom()));
			st.setObject(2, java.sql.Date.valueOf(filter.closeTo()));
			int i = 3;
			for (String owner : filter.owners()) {
				st.setString(i++, owner);
			}
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					quotas.merge(rs.getString(1), rs.getBigDecimal(4).multiply(JdbcForecasts.rate(rates, rs.getString(2),
							company, rs.getDate(3).toLocalDate())), BigDecimal::add);
				}
			}
		}
		return quotas;
	}

	static void set(Connection c, String owner, SalesPeriod period, Money amount) throws SQLException {
		try (PreparedStatement delete = c.prepareStatement(
				"DELETE FROM sales_quota WHERE owner_login = ? AND period_start = ? AND period_end = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO sales_quota (owner_login, period_start,"
						+ " period_end, amount, currency) VALUES (?, ?, ?, ?, ?)")) {
			for (PreparedStatement st : new PreparedStatement[] { delete, insert }) {
				st.setString(1, owner);
				st.setObject(2, java.sql.Date.valueOf(period.from()));
				st.setObject(3, java.sql.Date.valueOf(period.to()));
			}
			delete.executeUpdate();
			insert.setBigDecimal(4, amount.amount());
			insert.setString(5, amount.currency().getCurrencyCode());
			insert.executeUpdate();
		}
	}
}
