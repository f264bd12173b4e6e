package org.rapport.sales.internal.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.User;

/** The highest discount each role may give without approval, in sales_discount_limit. */
public final class DiscountLimits {

	private final Database database;
	private final AuditLog audit;

	public DiscountLimits(Database database, AuditLog audit) {
		this.database = database;
		this.audit = audit;
	}

	public Map<Role, BigDecimal> all() {
		Map<Role, BigDecimal> limits = new java.util.TreeMap<>();
		database.jdbc().query("SELECT role_name, max_percent FROM sales_discount_limit", List.of(),
				rs -> Map.entry(Role.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
				.forEach(limit -> limits.put(limit.getKey(), limit.getValue()));
		return limits;
	}

	/** The highest limit of the user's roles; none without a limit set. */
	public BigDecimal of(User user) {
		Map<Role, BigDecimal> limits = all();
		return user.roles().stream().map(r -> limits.getOrDefault(r, BigDecimal.ZERO)).max(BigDecimal::compareTo)
				.orElse(BigDecimal.ZERO);
	}

	/** Sets a role's limit; the audit row commits with it. */
	public void set(Role role, BigDecimal percent) {
		database.jdbc().change(c -> {
			BigDecimal before = Rows.first(c, "SELECT max_percent FROM sales_discount_limit WHERE role_name = ?",
					List.of(role.name()), rs -> rs.getBigDecimal(1)).orElse(null);
			Rows.update(c, "DELETE FROM sales_discount_limit WHERE role_name = ?", role.name());
			Rows.update(c, "INSERT INTO sales_discount_limit (role_name, max_percent) VALUES (?, ?)", role.name(),
					percent);
			audit.record(c, "sales.discountLimit", role.name(), "percent",
					before == null ? null : before.toPlainString(), percent.toPlainString());
		});
	}
}
