package org.rapport.sales.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rapport.sales.OpportunityFilter;

/** The WHERE conditions of an opportunity filter, with their parameters in order (bound by Rows). */
public final class FilterSql {

	private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
	private final List<Object> parameters = new ArrayList<>();

	/**
	 * @param visibleOwners whose opportunities the reader sees (empty: all), from
	 *                      {@link org.rapport.platform.security.RecordVisibility}
	 */
	public FilterSql(OpportunityFilter filter, String processId, Optional<Set<String>> visibleOwners) {
		visibleOwners.ifPresent(owners -> {
			where.append(" AND owner_login IN (").append("?, ".repeat(owners.size() - 1)).append("?)");
			parameters.addAll(owners.stream().sorted().toList());
		});
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

	public FilterSql and(String condition, Object... values) {
		where.append(" AND ").append(condition);
		parameters.addAll(List.of(values));
		return this;
	}

	public String where() {
		return where.toString();
	}

	/** The parameters of {@link #where()}, in order. */
	public List<Object> parameters() {
		return List.copyOf(parameters);
	}
}
