package org.rapport.platform.privacy;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record a module holds about a customer, as the export shows it to the person.
 *
 * @param module the module that holds it ({@link PersonalData#module()})
 * @param type   the record type, named as the audit log and the record types name it ({@code contacts.customer},
 *               {@code sales.opportunity}): module first, then the kind of record, so that the platform can list the
 *               audit entries and approval requests about the record beside it
 * @param id     the record's id in its module
 * @param fields field name to value, in the order the export shows them; a value may be null (empty)
 */
public record PersonalRecord(String module, String type, String id, Map<String, String> fields) {

	public PersonalRecord {
		Objects.requireNonNull(module, "module");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
		// A copy that keeps the order and allows empty (null) values, which Map.copyOf would refuse.
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/**
	 * The record in the current row of a query whose first column is the id and whose next columns are the fields,
	 * named in the same order: times as ISO instants (the column holding {@code Timestamp.from(instant)}), dates as ISO
	 * dates, decimals in plain notation, SQL NULL as null.
	 */
	public static PersonalRecord of(String module, String type, ResultSet row, String... fields) throws SQLException {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i++) {
			values.put(fields[i], text(row.getObject(i + 2)));
		}
		return new PersonalRecord(module, type, String.valueOf(row.getObject(1)), values);
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Timestamp t) {
			return t.toInstant().toString();
		}
		if (value instanceof Date d) {
			return d.toLocalDate().toString();
		}
		if (value instanceof BigDecimal b) {
			return b.toPlainString();
		}
		return value.toString();
	}
}
