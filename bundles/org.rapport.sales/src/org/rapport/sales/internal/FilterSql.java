package org.rapport.sales.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.sales.OpportunityFilter;

/** The WHERE conditions of an opportunity filter, with their parameters in order (bound by Rows). */
final class FilterSql {

	private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
	private final List<Object> parameters = new ArrayList<>();

	FilterSql(OpportunityFilter filter, String processId) {
		if (processId != null) {
			and("process_id = ?", processId);
		}
		if (!filter.owners().isEmpty()) {
			where.append(" AND owner_login IN (").append("?, ".repeat(filter.owners().size() - 1)).append("?)");
			parameters.addAll(filter.owners());
		}
		if (filter.closeFrom() != null) {
			and("close_date >= ?", filter.closeFrom());
		}
		if (filter.closeTo() != null) {
			and("close_date <= ?", filter.closeTo());
		}
	}

	FilterSql and(String condition, Object... values) {
		where.append(" AND ").append(condition);
		parameters.addAll(List.of(values));
		return this;
	}

	String where() {
		return where.toString();
	}

	/** The parameters of {@link #where()}, in order. */
	List<Object> parameters() {
		return List.copyOf(parameters);
	}
}
