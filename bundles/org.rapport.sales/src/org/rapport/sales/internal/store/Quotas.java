package org.rapport.sales.internal.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Rows;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.SalesPeriod;
import org.rapport.sales.internal.JdbcForecasts;

/** Quotas in sales_quota: one amount per rep and period. */
public final class Quotas {

	private Quotas() {
	}

	/** Each owner's quotas (of the filter's owners, everyone's without) for periods inside its dates, converted. */
	public static Map<String, BigDecimal> byOwner(Connection c, OpportunityFilter filter, String company,
			Map<String, NavigableMap<LocalDate, BigDecimal>> rates) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT owner_login, currency, period_end, SUM(amount) FROM sales_quota"
				+ " WHERE period_start >= ? AND period_end <= ?");
		List<Object> params = new ArrayList<>(List.of(filter.closeFrom(), filter.closeTo()));
		if (!filter.owners().isEmpty()) {
			sql.append(" AND owner_login IN (").append("?, ".repeat(filter.owners().size() - 1)).append("?)");
			params.addAll(filter.owners());
		}
		sql.append(" GROUP BY owner_login, currency, period_end");
		Map<String, BigDecimal> quotas = new TreeMap<>();
		Rows.query(c, sql.toString(), params, rs -> quotas.merge(rs.getString(1), rs.getBigDecimal(4).multiply(
				JdbcForecasts.rate(rates, rs.getString(2), company, Rows.localDate(rs, 3))), BigDecimal::add));
		return quotas;
	}

	/** Sets a rep's quota for a period, in the caller's transaction. */
	public static void set(Connection c, String owner, SalesPeriod period, Money amount) throws SQLException {
		Rows.update(c, "DELETE FROM sales_quota WHERE owner_login = ? AND period_start = ? AND period_end = ?", owner,
				period.from(), period.to());
		Rows.update(c, "INSERT INTO sales_quota (owner_login, period_start, period_end, amount, currency)"
				+ " VALUES (?, ?, ?, ?, ?)", owner, period.from(), period.to(), amount.amount(),
				amount.currency().getCurrencyCode());
	}
}
