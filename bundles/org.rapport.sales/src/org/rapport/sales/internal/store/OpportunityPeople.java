package org.rapport.sales.internal.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.AccountRole;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.BuyingContact;
import org.rapport.sales.Opportunity;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesStage;
import org.rapport.sales.internal.Messages;

/**
 * The buying contacts (sales_opportunity_contact) and ticked signals (sales_opportunity_signal) of opportunities,
 * each change audited in its own transaction.
 */
public final class OpportunityPeople {

	private static final String AUDIT_TYPE = "sales.opportunity";

	private final Database database;
	private final AuditLog audit;

	public OpportunityPeople(Database database, AuditLog audit) {
		this.database = database;
		this.audit = audit;
	}

	public List<BuyingContact> contacts(long id) {
		return database.jdbc().query("SELECT customer_id, buying_role FROM sales_opportunity_contact"
				+ " WHERE opportunity_id = ? ORDER BY position", List.of(id),
				rs -> new BuyingContact(rs.getLong(1), AccountRole.valueOf(rs.getString(2))));
	}

	public void contacts(long id, List<BuyingContact> contacts, CustomerService customers) {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < contacts.size(); i++) {
			BuyingContact c = contacts.get(i);
			if (c.role() == null) {
				errors.add(new FieldError("contacts[" + (i + 1) + "].role", Messages.Contact_role));
			}
			if (customers.find(c.customerId()).isEmpty()) {
				errors.add(new FieldError("contacts[" + (i + 1) + "].customer",
						NLS.bind(Messages.Opportunity_noCustomer, c.customerId())));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM sales_opportunity_contact WHERE opportunity_id = ?", id);
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO sales_opportunity_contact (opportunity_id,"
					+ " position, customer_id, buying_role) VALUES (?, ?, ?, ?)")) {
				for (int i = 0; i < contacts.size(); i++) {
					Rows.bind(insert, List.of(id, i, contacts.get(i).customerId(), contacts.get(i).role()));
					insert.addBatch();
				}
				insert.executeBatch();
			}
			audit.record(c, AUDIT_TYPE, String.valueOf(id), "contacts", null, contacts.toString());
		});
	}

	public Set<String> signals(long id) {
		return new LinkedHashSet<>(database.jdbc().query("SELECT stage_id, position FROM sales_opportunity_signal"
				+ " WHERE opportunity_id = ? ORDER BY stage_id, position", List.of(id),
				rs -> rs.getString(1) + "#" + rs.getInt(2)));
	}

	public void signal(Opportunity o, SalesProcess process, String stageId, int position, boolean ticked) {
		SalesStage stage = process.stage(stageId).orElseThrow(() -> new ValidationException("stage",
				NLS.bind(Messages.Opportunity_noStage, stageId, process.label())));
		if (position < 0 || position >= stage.signals().size()) {
			throw new ValidationException("signal", NLS.bind(Messages.Signal_unknown, position + 1, stage.label()));
		}
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM sales_opportunity_signal WHERE opportunity_id = ? AND stage_id = ?"
					+ " AND position = ?", o.id(), stageId, position);
			if (ticked) {
				Rows.update(c, "INSERT INTO sales_opportunity_signal (opportunity_id, stage_id, position)"
						+ " VALUES (?, ?, ?)", o.id(), stageId, position);
			}
			audit.record(c, AUDIT_TYPE, String.valueOf(o.id()), "signal " + stageId + "#" + position, null,
					String.valueOf(ticked));
		});
	}
}
