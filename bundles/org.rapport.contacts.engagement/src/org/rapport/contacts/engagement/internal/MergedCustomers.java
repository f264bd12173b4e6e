package org.rapport.contacts.engagement.internal;


import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.Rows;

/**
 * Keeps interactions, tasks and appointments when two customers are merged: they move to the customer kept.
 */
@Component(service = EventHandler.class, property = "event.topics=org/rapport/contacts/customer/MERGED")
public class MergedCustomers implements EventHandler {

	private static final System.Logger LOG = System.getLogger(MergedCustomers.class.getName());

	@Reference
	private Database database;

	@Override
	public void handleEvent(Event event) {
		Object from = event.getProperty(CustomerDuplicates.OLD_ID);
		Object to = event.getProperty(CustomerDuplicates.NEW_ID);
		if (!(from instanceof Long old) || !(to instanceof Long kept)) {
			return;
		}
		try {
			database.jdbc().change(c -> {
				Rows.update(c, "UPDATE engagement_interaction SET customer_id = ? WHERE customer_id = ?", kept, old);
				for (String table : new String[] { "engagement_task", "engagement_appointment" }) {
					// A new version: a save made on what was read before cannot put the merged customer back.
					Rows.update(c, "UPDATE " + table + " SET customer_id = ?, version = version + 1 WHERE customer_id = ?",
							kept, old);
				}
			});
		} catch (DatabaseException | IllegalStateException e) {
			LOG.log(System.Logger.Level.ERROR, "Records of customer " + old + " were not moved to " + kept, e);
		}
	}
}
