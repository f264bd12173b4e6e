package org.rapport.contacts.engagement.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.service.component.annotations.Component;
import org.rapport.contacts.CustomerReferences;
import org.rapport.platform.persistence.Rows;

/**
 * Interactions, tasks and appointments move to the customer kept when two merge, in the merge's transaction (these
 * tables have no row policies, so plain statements reach every row on the server too).
 */
@Component
public class MergedCustomers implements CustomerReferences {

	@Override
	public int repoint(Connection c, long mergedId, long keptId) throws SQLException {
		int moved = Rows.update(c, "UPDATE engagement_interaction SET customer_id = ? WHERE customer_id = ?", keptId,
				mergedId);
		for (String table : new String[] { "engagement_task", "engagement_appointment" }) {
			// A new version: a save made on what was read before cannot put the merged customer back.
			moved += Rows.update(c, "UPDATE " + table + " SET customer_id = ?, version = version + 1 WHERE customer_id = ?",
					keptId, mergedId);
		}
		return moved;
	}
}
