package org.rapport.contacts.internal.store;

import java.util.ArrayList;
import java.util.List;

import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.Transactions;

import jakarta.persistence.EntityManager;

/**
 * A customer's sensitive columns (credit limit, tax id), which the entity does not map: on PostgreSQL a person whose
 * role may not read them has no privilege on those columns, and JPA names every mapped column in its statements. They
 * are read and written here, in the entity manager's transaction, only as far as the person may.
 */
public final class SensitiveColumns {

	private SensitiveColumns() {
	}

	/** Fills the entity's sensitive values that may be read; the others stay empty. */
	public static void read(EntityManager em, CustomerEntity e, boolean creditLimit, boolean taxId) {
		e.creditLimit = null;
		e.taxId = null;
		List<String> columns = columns(creditLimit, taxId);
		if (columns.isEmpty()) {
			return;
		}
		Transactions.sql(em, c -> Rows.first(c, "SELECT " + String.join(", ", columns)
				+ " FROM contacts_customer WHERE id = ?", List.of(e.id), rs -> {
					int i = 1;
					if (creditLimit) {
						e.creditLimit = rs.getBigDecimal(i++);
					}
					if (taxId) {
						e.taxId = rs.getString(i);
					}
					return e;
				}));
	}

	/** Writes the entity's sensitive values that may be changed (after the entity's row was flushed). */
	public static void write(EntityManager em, CustomerEntity e, boolean creditLimit, boolean taxId) {
		List<String> columns = columns(creditLimit, taxId);
		if (columns.isEmpty()) {
			return;
		}
		List<Object> values = new ArrayList<>();
		if (creditLimit) {
			values.add(e.creditLimit);
		}
		if (taxId) {
			values.add(e.taxId);
		}
		values.add(e.id);
		Transactions.sql(em, c -> Rows.update(c, "UPDATE contacts_customer SET " + String.join(" = ?, ", columns)
				+ " = ? WHERE id = ?", values));
	}

	private static List<String> columns(boolean creditLimit, boolean taxId) {
		List<String> columns = new ArrayList<>();
		if (creditLimit) {
			columns.add("credit_limit");
		}
		if (taxId) {
			columns.add("tax_id");
		}
		return columns;
	}
}
