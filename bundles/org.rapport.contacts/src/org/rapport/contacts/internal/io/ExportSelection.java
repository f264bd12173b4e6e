package org.rapport.contacts.internal.io;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.rapport.contacts.internal.segments.SegmentConditions;

/**
 * Which customers an export writes: all, those with a tag, the members of a segment, or both conditions.
 *
 * @param tag     a tag, or null
 * @param segment a segment id, or null
 */
public record ExportSelection(String tag, Long segment) {

	public static final ExportSelection ALL = new ExportSelection(null, null);

	/** The WHERE clause (empty for all) on contacts_customer, unaliased, adding its parameters. */
	String where(Connection c, List<Object> params) throws SQLException {
		StringBuilder where = new StringBuilder();
		if (tag != null) {
			where.append(" WHERE id IN (SELECT customer_id FROM contacts_customer_tag WHERE tag = ?)");
			params.add(tag);
		}
		if (segment != null) {
			where.append(where.length() == 0 ? " WHERE " : " AND ").append(SegmentConditions.members(c, segment, params));
		}
		return where.toString();
	}
}
