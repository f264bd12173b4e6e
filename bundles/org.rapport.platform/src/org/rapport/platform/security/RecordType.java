package org.rapport.platform.security;

import java.util.List;

/**
 * A kind of record a module owns, as declared to the extension point {@code org.rapport.platform.recordTypes}: the
 * platform keeps its sharing, and on PostgreSQL the server enforces who sees its rows.
 *
 * @param id             unique id, module name first ({@code sales.opportunity})
 * @param module         the module whose permissions guard it ({@code sales})
 * @param name           the name shown to users, translated
 * @param table          the table holding one row per record
 * @param ownerColumn    the column holding the owner's login
 * @param defaultSharing the sharing until an administrator sets another
 * @param sensitiveFields the columns holding sensitive values (masked or read-only per role)
 * @param approver       the role whose holders decide approval requests about these records, whatever the asking
 *                       code names; null when the type declares none
 * @param parts          tables whose rows belong to one record (its lines, its history): seen by whoever sees it
 */
public record RecordType(String id, String module, String name, String table, String ownerColumn,
		Sharing defaultSharing, List<String> sensitiveFields, Role approver, List<Part> parts) {

	public RecordType {
		sensitiveFields = List.copyOf(sensitiveFields);
		parts = List.copyOf(parts);
	}

	/**
	 * A table whose rows belong to a record of the type.
	 *
	 * @param table        the table
	 * @param recordColumn its column holding the id of the row it belongs to
	 * @param of           the table that id is in: another part of the record (a payment belongs to an order, which
	 *                     belongs to the quote), or null for the record type's own table
	 */
	public record Part(String table, String recordColumn, String of) {

		/** A part whose rows hold the id of the record itself. */
		public Part(String table, String recordColumn) {
			this(table, recordColumn, null);
		}
	}
}
