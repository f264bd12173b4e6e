package org.rapport.sales.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.sales.Opportunity;
import org.rapport.sales.StageChange;

/** Opportunities read in SQL (pages, board columns, one by id) and their stage history (sales_stage_history). */
public final class OpportunityRows {

	private static final String COLUMNS = "id, version, customer_id, name, amount, currency, close_date, process_id,"
			+ " stage_id, probability, owner_login, stage_entered_at, next_step, competitors, created_at, lost_reason";

	/** The order of a board column and of a page by close date. */
	public static final String BY_CLOSE_DATE = " ORDER BY close_date, id";

	private OpportunityRows() {
	}

	public static Optional<Opportunity> find(Jdbc jdbc, long id) {
		return jdbc.first("SELECT " + COLUMNS + " FROM sales_opportunity WHERE id = ?", List.of(id),
				OpportunityRows::opportunity);
	}

	/** The first {@code limit} (at least one) that match, in the given order. */
	public static List<Opportunity> select(Jdbc jdbc, FilterSql where, String order, int limit) {
		return jdbc.query("SELECT " + COLUMNS + " FROM sales_opportunity" + where.where() + order + " FETCH FIRST "
				+ Math.max(1, limit) + " ROWS ONLY", where.parameters(), OpportunityRows::opportunity);
	}

	/** The first cards of each stage, read together on one connection, in the order of their pages. */
	public static Map<String, List<Opportunity>> board(Jdbc jdbc, FilterSql where, List<String> stageIds,
			int perStage) {
		Map<String, List<Opportunity>> columns = new LinkedHashMap<>();
		new LinkedHashSet<>(stageIds).forEach(stage -> columns.put(stage, new ArrayList<>()));
		if (columns.isEmpty()) {
			return columns;
		}
		// One page per stage on one connection: each reads the first cards from the stage's index. A UNION ALL of
		// the same pages makes Derby read every open opportunity of the process (ten times slower at 200,000).
		String sql = "SELECT " + COLUMNS + " FROM sales_opportunity" + where.where() + " AND stage_id = ?"
				+ BY_CLOSE_DATE + " FETCH FIRST " + Math.max(1, perStage) + " ROWS ONLY";
		jdbc.read(c -> {
			for (Map.Entry<String, List<Opportunity>> column : columns.entrySet()) {
				List<Object> params = new ArrayList<>(where.parameters());
				params.add(column.getKey());
				column.getValue().addAll(Rows.query(c, sql, params, OpportunityRows::opportunity));
			}
			return null;
		});
		return columns;
	}

	public static List<StageChange> history(Jdbc jdbc, long id) {
		return jdbc.query("SELECT stage_id, entered_at, changed_by FROM sales_stage_history WHERE opportunity_id = ?"
				+ " ORDER BY position", List.of(id),
				rs -> new StageChange(rs.getString(1), Rows.instant(rs, 2), rs.getString(3)));
	}

	/** Notes that it entered a stage, after the stages it went through before (in the caller's transaction). */
	public static void entered(Connection c, long id, String stage, Instant at, String user) throws SQLException {
		int position = Rows.first(c, "SELECT COUNT(*) FROM sales_stage_history WHERE opportunity_id = ?", List.of(id),
				rs -> rs.getInt(1)).orElse(0);
		Rows.update(c, "INSERT INTO sales_stage_history (opportunity_id, position, stage_id, entered_at, changed_by)"
				+ " VALUES (?, ?, ?, ?, ?)", id, position, stage, at, user);
	}

	static Opportunity opportunity(ResultSet rs) throws SQLException {
		return new Opportunity(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
				new Money(rs.getBigDecimal(5), java.util.Currency.getInstance(rs.getString(6))), Rows.localDate(rs, 7),
				rs.getString(8), rs.getString(9), rs.getInt(10), rs.getString(11), Rows.instant(rs, 12),
				text(rs.getString(13)), text(rs.getString(14)), Rows.instant(rs, 15), text(rs.getString(16)));
	}

	public static String text(String value) {
		return value == null ? "" : value.strip();
	}
}
