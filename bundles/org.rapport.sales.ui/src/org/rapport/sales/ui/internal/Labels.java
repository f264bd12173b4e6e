package org.rapport.sales.ui.internal;

import org.rapport.sales.LeadStatus;

/** Translated names of the sales module's values. */
final class Labels {

	private Labels() {
	}

	static String status(LeadStatus status) {
		return switch (status) {
		case NEW -> Messages.Status_new;
		case CONTACTED -> Messages.Status_contacted;
		case INTENT -> Messages.Status_intent;
		case QUALIFIED -> Messages.Status_qualified;
		case LOST -> Messages.Status_lost;
		};
	}
}
