package org.rapport.sales.internal;

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
import org.rapport.sales.Opportunities;

/**
 * A customer's leads, opportunities (and the deals where the customer is a buying contact), quotes, orders with their
 * payments, contracts and expenses. Erasure keeps every amount, currency, stage, status, probability, date, owner and
 * reference between records, so that the pipeline, forecasts and revenue stay right. It removes the text that may
 * name or describe the person: a lead's name (then {@link PersonalData#ERASED}), company, email, phone and the reasons
 * of its statuses; an opportunity's name ({@link PersonalData#ERASED}), next step, competitors and lost reason; a
 * contract's title and an expense's description ({@link PersonalData#ERASED}). Quotes, orders and payments hold no
 * such text (quote lines are the products' names; a payment's reference is the bank's, kept for the books) and stay.
 */
@Component(service = PersonalData.class)
public class SalesPersonalData implements PersonalData {

	private static final String MODULE = Opportunities.MODULE;

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
			records.addAll(Rows.query(c, "SELECT id, name, company, email, phone, source, status, region, lost_reason,"
					+ " owner_login, opportunity_id, created_at FROM sales_lead WHERE customer_id = ? ORDER BY id",
					customer, rs -> PersonalRecord.of(MODULE, "sales.lead", rs, "name", "company", "email", "phone",
							"source", "status", "region", "lostReason", "owner", "opportunityId", "created")));
			records.addAll(Rows.query(c, "SELECT h.lead_id, h.status, h.changed_at, h.changed_by, h.reason"
					+ " FROM sales_lead_history h JOIN sales_lead l ON l.id = h.lead_id WHERE l.customer_id = ?"
					+ " ORDER BY h.lead_id, h.changed_at", customer, rs -> PersonalRecord.of(MODULE, "sales.leadStatus",
							rs, "status", "at", "by", "reason")));
			records.addAll(Rows.query(c, "SELECT id, name, amount, currency, close_date, process_id, stage_id,"
					+ " probability, owner_login, next_step, competitors, lost_reason, stage_entered_at, created_at"
					+ " FROM sales_opportunity WHERE customer_id = ? ORDER BY id", customer,
					rs -> PersonalRecord.of(MODULE, "sales.opportunity", rs, "name", "amount", "currency", "closeDate",
							"process", "stage", "probability", "owner", "nextStep", "competitors", "lostReason",
							"stageEntered", "created")));
			records.addAll(Rows.query(c, "SELECT c.opportunity_id, o.name, c.buying_role"
					+ " FROM sales_opportunity_contact c JOIN sales_opportunity o ON o.id = c.opportunity_id"
					+ " WHERE c.customer_id = ? ORDER BY c.opportunity_id", customer,
					rs -> PersonalRecord.of(MODULE, "sales.buyingContact", rs, "opportunity", "buyingRole")));
			records.addAll(Rows.query(c, "SELECT id, quote_number, opportunity_id, status, currency, total,"
					+ " valid_until, created_by, created_at FROM sales_quote WHERE customer_id = ? ORDER BY id",
					customer, rs -> PersonalRecord.of(MODULE, "sales.quote", rs, "number", "opportunityId", "status",
							"currency", "total", "validUntil", "createdBy", "created")));
			records.addAll(Rows.query(c, "SELECT id, order_number, quote_id, total, currency, paid, delivery,"
					+ " ordered_at FROM sales_order WHERE customer_id = ? ORDER BY id", customer,
					rs -> PersonalRecord.of(MODULE, "sales.order", rs, "number", "quoteId", "total", "currency", "paid",
							"delivery", "ordered")));
			records.addAll(Rows.query(c, "SELECT p.order_id, p.amount, p.paid_on, p.reference, p.recorded_by"
					+ " FROM sales_payment p JOIN sales_order o ON o.id = p.order_id WHERE o.customer_id = ?"
					+ " ORDER BY p.order_id, p.paid_on", customer, rs -> PersonalRecord.of(MODULE, "sales.payment", rs,
							"amount", "paidOn", "reference", "recordedBy")));
			records.addAll(Rows.query(c, "SELECT id, contract_number, title, order_id, contract_value, currency,"
					+ " start_date, end_date, reminder_days, owner_login, created_at FROM sales_contract"
					+ " WHERE customer_id = ? ORDER BY id", customer, rs -> PersonalRecord.of(MODULE, "sales.contract",
							rs, "number", "title", "orderId", "value", "currency", "start", "end", "reminderDays",
							"owner", "created")));
			records.addAll(Rows.query(c, "SELECT id, kind, amount, currency, spent_on, opportunity_id, description,"
					+ " spent_by, created_at FROM sales_expense WHERE customer_id = ? ORDER BY id", customer,
					rs -> PersonalRecord.of(MODULE, "sales.expense", rs, "kind", "amount", "currency", "spentOn",
							"opportunityId", "description", "spentBy", "created")));
			return records;
		});
	}

	@Override
	public int erase(Connection c, long customerId) throws SQLException {
		// Only rows that still hold something, so that erasing again changes nothing. Versions move on for the
		// entities: an editor still showing the old text cannot save it back.
		int changed = Rows.update(c, "UPDATE sales_lead SET name = ?, company = NULL, email = NULL, phone = NULL,"
				+ " lost_reason = NULL, version = version + 1 WHERE customer_id = ? AND (name <> ?"
				+ " OR company IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL OR lost_reason IS NOT NULL)",
				ERASED, customerId, ERASED);
		changed += Rows.update(c, "UPDATE sales_lead_history SET reason = NULL WHERE reason IS NOT NULL"
				+ " AND lead_id IN (SELECT id FROM sales_lead WHERE customer_id = ?)", customerId);
		changed += Rows.update(c, "UPDATE sales_opportunity SET name = ?, next_step = NULL, competitors = NULL,"
				+ " lost_reason = NULL, version = version + 1 WHERE customer_id = ? AND (name <> ?"
				+ " OR next_step IS NOT NULL OR competitors IS NOT NULL OR lost_reason IS NOT NULL)", ERASED,
				customerId, ERASED);
		changed += Rows.update(c, "UPDATE sales_contract SET title = ?, version = version + 1 WHERE customer_id = ?"
				+ " AND title <> ?", ERASED, customerId, ERASED);
		changed += Rows.update(c, "UPDATE sales_expense SET description = ?, version = version + 1"
				+ " WHERE customer_id = ? AND description <> ?", ERASED, customerId, ERASED);
		return changed;
	}
}
