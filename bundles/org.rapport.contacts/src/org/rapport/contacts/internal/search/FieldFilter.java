package org.rapport.contacts.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A typed {@code key:value} where key is a custom field's key or label: the customers whose value of it starts
 * with the value (case and accents ignored; any of the values of a multi-choice field).
 */
final class FieldFilter {

	private FieldFilter() {
	}

	/** The leg for the text, or null when it does not name a custom field. */
	static Leg parse(Connection c, String text) throws SQLException {
		int colon = text.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		String name = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
		String key = null;
		String type = null;
		try (PreparedStatement st = c.prepareStatement("SELECT field_key, label, field_type FROM contacts_field");
				ResultSet rs = st.executeQuery()) {
			while (rs.next() && key == null) {
				if (rs.getString(1).toLowerCase(Locale.ROOT).equals(name)
						|| rs.getString(2).strip().toLowerCase(Locale.ROOT).equals(name)) {
					key = rs.getString(1);
					type = rs.getString(3);
				}
			}
		}
		if (key == null) {
			return null;
		}
		SearchKey prefix = new SearchKey("value_key", SearchKeys.fold(text.substring(colon + 1)));
		List<Object> params = new ArrayList<>(List.of(key, prefix.likePattern()));
		String where = "field_key = ? AND (value_key LIKE ? ESCAPE '!'";
		if ("MULTI_CHOICE".equals(type)) {
			where += " OR value_key LIKE ? ESCAPE '!'";
			params.add("%;" + prefix.likePattern());
		}
		return new Leg("contacts_field_value JOIN contacts_customer ON id = customer_id", where + ")", params,
				"value_key", "customer_id");
	}
}
