package org.rapport.sales.ui.internal;

import org.rapport.contacts.AccountRole;
import org.rapport.sales.DeliveryStatus;
import org.rapport.sales.ExpenseKind;
import org.rapport.sales.ExpenseStatus;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.QuoteStatus;
import org.rapport.sales.SalesStage;

/** Translated names of the sales module's values. */
final class Labels {

	private Labels() {
	}

	static String outcome(SalesStage.Outcome outcome) {
		return switch (outcome) {
		case OPEN -> Messages.Outcome_open;
		case WON -> Messages.Outcome_won;
		case LOST -> Messages.Outcome_lost;
		};
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

	static String status(QuoteStatus status) {
		return switch (status) {
		case DRAFT -> Messages.Quote_draft;
		case AWAITING_APPROVAL -> Messages.Quote_awaiting;
		case APPROVED -> Messages.Quote_approved;
		case REJECTED -> Messages.Quote_rejected;
		case ACCEPTED -> Messages.Quote_accepted;
		case DECLINED -> Messages.Quote_declined;
		};
	}

	static String delivery(DeliveryStatus status) {
		return switch (status) {
		case NOT_SHIPPED -> Messages.Delivery_notShipped;
		case SHIPPED -> Messages.Delivery_shipped;
		case DELIVERED -> Messages.Delivery_delivered;
		case RETURNED -> Messages.Delivery_returned;
		};
	}

	static String kind(ExpenseKind kind) {
		return switch (kind) {
		case ENTERTAINMENT -> Messages.Expense_entertainment;
		case TRAVEL -> Messages.Expense_travel;
		case GIFT -> Messages.Expense_gift;
		case OTHER -> Messages.Expense_other;
		};
	}

	static String status(ExpenseStatus status) {
		return switch (status) {
		case AWAITING_APPROVAL -> Messages.Quote_awaiting;
		case APPROVED -> Messages.Quote_approved;
		case REJECTED -> Messages.Expense_rejected;
		};
	}

	static String role(AccountRole role) {
		return switch (role) {
		case DECISION_MAKER -> Messages.Role_decisionMaker;
		case PURCHASER -> Messages.Role_purchaser;
		case USER -> Messages.Role_user;
		case TECHNICAL_GATEKEEPER -> Messages.Role_technical;
		case FINANCIAL_GATEKEEPER -> Messages.Role_financial;
		};
	}
}
