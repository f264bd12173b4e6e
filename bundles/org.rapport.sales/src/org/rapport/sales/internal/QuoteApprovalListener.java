package org.rapport.sales.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;
import org.rapport.platform.approvals.Approval;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.SecurityContext;
import org.rapport.sales.Opportunities;
import org.rapport.sales.QuoteStatus;
import org.rapport.sales.Quotes;
import org.rapport.sales.internal.store.QuoteReads;

/**
 * Stores the decision on a quote's discount once a sales manager made it, so that lists by status find the quote
 * where its readers already show it. The decision is taken from the approval as now stored, not from the event, so a
 * late or repeated event changes nothing.
 */
@Component(service = EventHandler.class, property = { "event.topics=org/rapport/platform/approval/APPROVED",
		"event.topics=org/rapport/platform/approval/REJECTED" })
public class QuoteApprovalListener implements EventHandler {

	@Reference
	private Database database;

	@Reference
	private Approvals approvals;

	@Reference
	private AuditLog audit;

	@Reference
	private SecurityContext security;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public void handleEvent(Event event) {
		if (!Opportunities.MODULE.equals(event.getProperty("module"))
				|| !Quotes.ENTITY.equals(event.getProperty("entity"))
				|| !(event.getProperty("recordId") instanceof Number recordId) || !database.isOpen()) {
			return;
		}
		long id = recordId.longValue();
		Optional<QuoteStatus> decided = approvals.latest(Opportunities.MODULE, Quotes.ENTITY, id)
				.map(Approval::state).map(QuoteReads::decided);
		if (decided.isEmpty()) {
			return;
		}
		// Not an edit of the quote: its version stays, so that the rep's open copy (which shows the decision
		// already) can still be saved.
		boolean stored = database.jdbc().inTransaction(c -> {
			boolean changed = Rows.update(c, "UPDATE sales_quote SET status = ? WHERE id = ? AND status = ?",
					decided.get(), id, QuoteStatus.AWAITING_APPROVAL) > 0;
			if (changed) {
				audit.record(c, "sales.quote", String.valueOf(id), "status", QuoteStatus.AWAITING_APPROVAL.name(),
						decided.get().name());
			}
			return changed;
		});
		if (stored) {
			RecordEvents.post(events, Opportunities.MODULE, Quotes.ENTITY, EventTopics.UPDATED, id,
					security.currentLogin());
		}
	}
}
