package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.platform.persistence.Rows;
import org.rapport.platform.privacy.PersonalData;
import org.rapport.platform.privacy.PersonalRecord;
import org.rapport.platform.privacy.Privacy;

/**
 * What the platform itself holds about a customer's records: the audit log's entries about them (exported, never
 * changed: the entries are hash-chained) and the approval requests filed about them (exported; their summaries and
 * decision comments, which name the customer, are erased). A record is known by its type ({@code sales.quote}: the
 * audit entity type, and an approval's module and entity) and its id.
 */
final class PlatformRecords {

	static final String AUDIT = "platform.audit";
	static final String APPROVAL = "platform.approval";

	/** Ids per IN list. */
	private static final int CHUNK = 500;

	private PlatformRecords() {
	}

	/** The audit entries and approval requests about the records, and the earlier exports and erasures. */
	static List<PersonalRecord> export(Connection c, long customerId, List<PersonalRecord> records)
			throws SQLException {
		List<PersonalRecord> found = new ArrayList<>();
		String audit = "SELECT id, changed_at, user_login, entity_type, entity_id, field, old_value, new_value"
				+ " FROM platform_audit_log WHERE entity_type = ? AND entity_id IN (";
		Map<String, List<String>> byType = idsByType(records);
		byType.computeIfAbsent(Privacy.EXPORT_AUDIT, t -> new ArrayList<>()).add(String.valueOf(customerId));
		byType.computeIfAbsent(Privacy.ERASURE_AUDIT, t -> new ArrayList<>()).add(String.valueOf(customerId));
		for (Map.Entry<String, List<String>> type : byType.entrySet()) {
			for (List<String> ids : chunks(type.getValue())) {
				found.addAll(Rows.query(c, audit + marks(ids.size()) + ") ORDER BY id", params(type.getKey(), ids),
						PlatformRecords::auditEntry));
			}
		}
		String approvals = "SELECT id, module, entity, record_id, summary, approver_role, requested_by, requested_at,"
				+ " state, decided_by, decided_at, decision_comment FROM platform_approval"
				+ " WHERE module = ? AND entity = ? AND record_id IN (";
		for (Map.Entry<String, List<Long>> type : numericIdsByType(records).entrySet()) {
			for (List<Long> ids : chunks(type.getValue())) {
				found.addAll(Rows.query(c, approvals + marks(ids.size()) + ") ORDER BY id",
						approvalParams(type.getKey(), ids), PlatformRecords::approval));
			}
		}
		return found;
	}

	/** Erases the summaries and decision comments of the approval requests about the records; returns how many. */
	static int erase(Connection c, List<PersonalRecord> records) throws SQLException {
		int changed = 0;
		for (Map.Entry<String, List<Long>> type : numericIdsByType(records).entrySet()) {
			for (List<Long> ids : chunks(type.getValue())) {
				List<Object> params = new ArrayList<>(List.of(PersonalData.ERASED));
				params.addAll(approvalParams(type.getKey(), ids));
				params.add(PersonalData.ERASED);
				changed += Rows.update(c, "UPDATE platform_approval SET summary = ?, decision_comment = NULL"
						+ " WHERE module = ? AND entity = ? AND record_id IN (" + marks(ids.size()) + ")"
						+ " AND (summary <> ? OR decision_comment IS NOT NULL)", params);
			}
		}
		return changed;
	}

	/** How many audit entries about the records hold an old or new value (which stay: see Privacy.erase). */
	static int auditEntriesWithValues(Connection c, List<PersonalRecord> records) throws SQLException {
		int count = 0;
		for (Map.Entry<String, List<String>> type : idsByType(records).entrySet()) {
			for (List<String> ids : chunks(type.getValue())) {
				String sql = "SELECT COUNT(*) FROM platform_audit_log WHERE entity_type = ? AND entity_id IN ("
						+ marks(ids.size()) + ") AND (old_value IS NOT NULL OR new_value IS NOT NULL)";
				count += Rows.first(c, sql, params(type.getKey(), ids), rs -> rs.getInt(1)).orElse(0);
			}
		}
		return count;
	}

	private static PersonalRecord auditEntry(ResultSet rs) throws SQLException {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("at", String.valueOf(Rows.instant(rs, 2)));
		fields.put("user", rs.getString(3));
		fields.put("recordType", rs.getString(4));
		fields.put("recordId", rs.getString(5));
		fields.put("field", rs.getString(6));
		fields.put("oldValue", rs.getString(7));
		fields.put("newValue", rs.getString(8));
		return new PersonalRecord(JdbcPrivacy.PLATFORM, AUDIT, String.valueOf(rs.getLong(1)), fields);
	}

	private static PersonalRecord approval(ResultSet rs) throws SQLException {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("recordType", rs.getString(2) + "." + rs.getString(3));
		fields.put("recordId", String.valueOf(rs.getLong(4)));
		fields.put("summary", rs.getString(5));
		fields.put("approverRole", rs.getString(6));
		fields.put("requestedBy", rs.getString(7));
		fields.put("requestedAt", String.valueOf(Rows.instant(rs, 8)));
		fields.put("state", rs.getString(9));
		fields.put("decidedBy", rs.getString(10));
		java.time.Instant decided = Rows.instant(rs, 11);
		fields.put("decidedAt", decided == null ? null : decided.toString());
		fields.put("decisionComment", rs.getString(12));
		return new PersonalRecord(JdbcPrivacy.PLATFORM, APPROVAL, String.valueOf(rs.getLong(1)), fields);
	}

	/** The ids of the modules' records per type; the platform's own records are not about the customer. */
	private static Map<String, List<String>> idsByType(List<PersonalRecord> records) {
		Map<String, Set<String>> ids = new LinkedHashMap<>();
		for (PersonalRecord r : records) {
			if (!r.module().equals(JdbcPrivacy.PLATFORM)) {
				ids.computeIfAbsent(r.type(), t -> new LinkedHashSet<>()).add(r.id());
			}
		}
		Map<String, List<String>> lists = new LinkedHashMap<>();
		ids.forEach((type, set) -> lists.put(type, new ArrayList<>(set)));
		return lists;
	}

	/** Approvals name a record by module, entity and a numeric id: types of the form module.entity with such ids. */
	private static Map<String, List<Long>> numericIdsByType(List<PersonalRecord> records) {
		Map<String, List<Long>> numeric = new LinkedHashMap<>();
		idsByType(records).forEach((type, ids) -> {
			if (type.indexOf('.') > 0) {
				List<Long> longs = ids.stream().filter(id -> id.matches("-?\\d{1,18}")).map(Long::valueOf).toList();
				if (!longs.isEmpty()) {
					numeric.put(type, longs);
				}
			}
		});
		return numeric;
	}

	private static List<Object> params(String first, List<?> ids) {
		List<Object> params = new ArrayList<>();
		params.add(first);
		params.addAll(ids);
		return params;
	}

	private static List<Object> approvalParams(String type, List<Long> ids) {
		int dot = type.indexOf('.');
		List<Object> params = new ArrayList<>(List.of(type.substring(0, dot), type.substring(dot + 1)));
		params.addAll(ids);
		return params;
	}

	private static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private static <T> List<List<T>> chunks(List<T> all) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}
}
