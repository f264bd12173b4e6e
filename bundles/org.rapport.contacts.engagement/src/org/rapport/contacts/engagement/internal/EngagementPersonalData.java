package org.rapport.contacts.engagement.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.privacy.PersonalData;
import org.rapport.platform.privacy.PersonalRecord;

/**
 * A customer's interactions, tasks and appointments. Erasure keeps their kinds, times, durations, priorities, owners
 * and our participants (the activity reports count them); it removes what was written about the person: an
 * interaction's channel (a number or an address), outcome and next step; a task's or an appointment's title becomes
 * {@link PersonalData#ERASED}, an appointment's location is removed.
 */
@Component(service = PersonalData.class)
public class EngagementPersonalData implements PersonalData {

	private static final String MODULE = "engagement";

	@Reference
	private Database database;

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	public List<PersonalRecord> export(long customerId) {
		List<Object> customer = List.of(customerId);
		return database.jdbc().read(c -> {
			List<PersonalRecord> records = new ArrayList<>();
			records.addAll(Rows.query(c, "SELECT id, interaction_type, happened_at, minutes, channel, participants,"
					+ " outcome, next_step, recorded_by, created_at FROM engagement_interaction WHERE customer_id = ?"
					+ " ORDER BY happened_at, id", customer, rs -> PersonalRecord.of(MODULE, "contacts.interaction", rs,
							"type", "at", "minutes", "channel", "participants", "outcome", "nextStep", "recordedBy",
							"created")));
			records.addAll(Rows.query(c, "SELECT id, title, due_at, priority, owner_login, done, created_by, created_at"
					+ " FROM engagement_task WHERE customer_id = ? ORDER BY due_at, id", customer,
					rs -> PersonalRecord.of(MODULE, "contacts.task", rs, "title", "due", "priority", "owner", "done",
							"createdBy", "created")));
			records.addAll(Rows.query(c, "SELECT id, title, start_at, end_at, time_zone, location, recurrence,"
					+ " owner_login, held, created_at FROM engagement_appointment WHERE customer_id = ?"
					+ " ORDER BY start_at, id", customer, rs -> PersonalRecord.of(MODULE, "contacts.appointment", rs,
							"title", "start", "end", "timeZone", "location", "recurrence", "owner", "held",
							"created")));
			return records;
		});
	}

	@Override
	public int erase(Connection c, long customerId) throws SQLException {
		// Only rows that still hold something: erasing again changes nothing. Versions move on for the entities, so
		// that an editor still showing the old text cannot save it back.
		return Rows.update(c, "UPDATE engagement_interaction SET channel = NULL, outcome = NULL, next_step = NULL"
				+ " WHERE customer_id = ? AND (channel IS NOT NULL OR outcome IS NOT NULL OR next_step IS NOT NULL)",
				customerId)
				+ Rows.update(c, "UPDATE engagement_task SET title = ?, version = version + 1 WHERE customer_id = ?"
						+ " AND title <> ?", ERASED, customerId, ERASED)
				+ Rows.update(c, "UPDATE engagement_appointment SET title = ?, location = NULL, version = version + 1"
						+ " WHERE customer_id = ? AND (title <> ? OR location IS NOT NULL)", ERASED, customerId,
						ERASED);
	}
}
