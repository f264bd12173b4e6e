package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerReferences;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.SqlDialect;

/**
 * Opportunities, their buying contacts, leads, quotes, orders, contracts and expenses move to the customer kept when
 * two merge, in the merge's transaction. Each moved record takes a new version, so a form opened before the merge
 * cannot put the merged customer back. On PostgreSQL the migration's {@code sales_repoint_customer} runs the same
 * statements past row-level security: another team's opportunity moves too.
 */
@Component
public class SalesCustomerReferences implements CustomerReferences {

	/** A buying contact already on the opportunity as the kept customer is not listed twice. */
	private static final String DROP_DOUBLE_CONTACTS = "DELETE FROM sales_opportunity_contact WHERE customer_id = ?"
			+ " AND opportunity_id IN (SELECT opportunity_id FROM sales_opportunity_contact WHERE customer_id = ?)";
	private static final List<String> VERSIONED = List.of("sales_opportunity", "sales_lead", "sales_quote",
			"sales_order", "sales_contract", "sales_expense");

	@Reference
	private Database database;

	@Override
	public int repoint(Connection c, long mergedId, long keptId) throws SQLException {
		if (database.jdbc().dialect() == SqlDialect.POSTGRESQL) {
			return Rows.first(c, "SELECT sales_repoint_customer(?, ?)", List.of(mergedId, keptId), rs -> rs.getInt(1))
					.orElse(0);
		}
		Rows.update(c, DROP_DOUBLE_CONTACTS, mergedId, keptId);
		Rows.update(c, "UPDATE sales_opportunity_contact SET customer_id = ? WHERE customer_id = ?", keptId, mergedId);
		int moved = 0;
		for (String table : VERSIONED) {
			moved += Rows.update(c, "UPDATE " + table + " SET customer_id = ?, version = version + 1 WHERE customer_id = ?",
					keptId, mergedId);
		}
		return moved;
	}
}
