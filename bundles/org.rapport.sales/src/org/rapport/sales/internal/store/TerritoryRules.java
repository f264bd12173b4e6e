package org.rapport.sales.internal.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.internal.Messages;

/** The territory rules in sales_territory: which rep covers a region, matched case and accents ignored. */
public final class TerritoryRules {

	private final Database database;
	private final AuditLog audit;

	public TerritoryRules(Database database, AuditLog audit) {
		this.database = database;
		this.audit = audit;
	}

	/** Region as written to login, by region. */
	public Map<String, String> byRegion() {
		return rules("SELECT region, owner_login FROM sales_territory ORDER BY region");
	}

	/** Region key ({@link AssignmentStrategy.Team#regionKey}) to login, as strategies look them up. */
	public Map<String, String> byKey() {
		return rules("SELECT region_key, owner_login FROM sales_territory");
	}

	private Map<String, String> rules(String sql) {
		Map<String, String> rules = new LinkedHashMap<>();
		database.jdbc().query(sql, List.of(), rs -> rules.put(rs.getString(1), rs.getString(2)));
		return rules;
	}

	/** Sets who covers a region; a null or empty login: nobody. */
	public void set(String region, String login) {
		String key = AssignmentStrategy.Team.regionKey(region);
		if (key.isEmpty()) {
			throw new ValidationException("region", Messages.Territory_noRegion);
		}
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM sales_territory WHERE region_key = ?", key);
			if (login != null && !login.isBlank()) {
				Rows.update(c, "INSERT INTO sales_territory (region_key, region, owner_login) VALUES (?, ?, ?)", key,
						region.strip(), login.strip());
			}
			audit.record(c, "sales.territory", key, "owner", null, login);
		});
	}
}
