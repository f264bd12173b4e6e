package org.rapport.sales.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadChange;
import org.rapport.sales.LeadInput;
import org.rapport.sales.LeadStatus;

/** Rows of sales_lead and sales_lead_history: the reads of leads, and the SQL their writes share. */
public final class LeadStore {

	static final String COLUMNS = "id, version, name, company, email, phone, source, region, status, owner_login,"
			+ " lost_reason, customer_id, opportunity_id, created_at";

	/** A new lead's row, for the parameters of {@link #row}. */
	static final String INSERT = "INSERT INTO sales_lead (id, version, name, company, email, phone, source, region,"
			+ " region_key, status, created_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/** A line of a lead's history, for the parameters of {@link #historyRow}. */
	static final String HISTORY = "INSERT INTO sales_lead_history (lead_id, status, changed_at, changed_by, reason)"
			+ " VALUES (?, ?, ?, ?, ?)";

	private LeadStore() {
	}

	public static Optional<Lead> find(Jdbc jdbc, long id) {
		return jdbc.first("SELECT " + COLUMNS + " FROM sales_lead WHERE id = ?", List.of(id), LeadStore::lead);
	}

	/** A page of leads oldest first; see {@link org.rapport.sales.Leads#list}. */
	public static List<Lead> list(Jdbc jdbc, LeadStatus status, String owner, Lead after, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM sales_lead WHERE ");
		List<Object> params = new ArrayList<>();
		sql.append(status == null ? "status IN ('NEW', 'CONTACTED', 'INTENT')" : "status = ?");
		if (status != null) {
			params.add(status);
		}
		if (owner != null) {
			sql.append(owner.isEmpty() ? " AND owner_login IS NULL" : " AND owner_login = ?");
			if (!owner.isEmpty()) {
				params.add(owner);
			}
		}
		if (after != null) {
			sql.append(" AND (created_at > ? OR (created_at = ? AND id > ?))");
			params.addAll(List.of(after.created(), after.created(), after.id()));
		}
		sql.append(" ORDER BY created_at, id FETCH FIRST ").append(Math.max(1, Math.min(limit, 100_000)))
				.append(" ROWS ONLY");
		return jdbc.query(sql.toString(), params, LeadStore::lead);
	}

	/** Leads by id on the caller's connection (inside its transaction), oldest first. */
	public static List<Lead> read(Connection c, List<Long> ids) throws SQLException {
		List<Lead> leads = new ArrayList<>();
		// In slices, so that a long list does not exceed the database's limit on parameters.
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
			leads.addAll(Rows.query(c, "SELECT " + COLUMNS + " FROM sales_lead WHERE id IN ("
					+ "?, ".repeat(slice.size() - 1) + "?) ORDER BY created_at, id", slice, LeadStore::lead));
		}
		return leads;
	}

	public static List<LeadChange> history(Jdbc jdbc, long id) {
		return jdbc.query("SELECT status, changed_at, changed_by, reason FROM sales_lead_history WHERE lead_id = ?"
				+ " ORDER BY changed_at", List.of(id), rs -> new LeadChange(LeadStatus.valueOf(rs.getString(1)),
						Rows.instant(rs, 2), rs.getString(3), text(rs.getString(4))));
	}

	/** Notes a status in the lead's history, in the caller's transaction. */
	public static void changed(Connection c, long id, LeadStatus status, Instant at, String by, String reason)
			throws SQLException {
		Rows.update(c, HISTORY, historyRow(id, status, at, by, reason));
	}

	static List<Object> historyRow(long id, LeadStatus status, Instant at, String by, String reason) {
		return List.of(id, status, at, by, text(reason));
	}

	/** The parameters of {@link #INSERT} for a new lead. */
	static List<Object> row(long id, LeadInput in, Instant now) {
		return List.of(id, in.name().strip(), text(in.company()), text(in.email()), text(in.phone()), source(in),
				text(in.region()), AssignmentStrategy.Team.regionKey(in.region()), LeadStatus.NEW, now);
	}

	/** Where it came from; web when not said. */
	public static String source(LeadInput in) {
		return in.source() == null || in.source().isBlank() ? "web" : in.source().strip();
	}

	static Lead lead(ResultSet rs) throws SQLException {
		return new Lead(rs.getLong(1), rs.getInt(2), rs.getString(3), text(rs.getString(4)), text(rs.getString(5)),
				text(rs.getString(6)), rs.getString(7), text(rs.getString(8)), LeadStatus.valueOf(rs.getString(9)),
				rs.getString(10), text(rs.getString(11)), Rows.nullableLong(rs, 12), Rows.nullableLong(rs, 13),
				Rows.instant(rs, 14));
	}

	public static String text(String value) {
		return value == null ? "" : value.strip();
	}
}
