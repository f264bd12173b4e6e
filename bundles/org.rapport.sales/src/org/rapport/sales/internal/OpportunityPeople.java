package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.AccountRole;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.BuyingContact;
import org.rapport.sales.Opportunity;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesStage;

/** The buying contacts (sales_opportunity_contact) and ticked signals (sales_opportunity_signal) of opportunities. */
final class OpportunityPeople {

	private final Database database;

	OpportunityPeople(Database database) {
		this.database = database;
	}

	List<BuyingContact> contacts(long id) {
		return Rows.query(database.dataSource(), "SELECT customer_id, buying_role FROM sales_opportunity_contact"
				+ " WHERE opportunity_id = ? ORDER BY position", List.of(id),
				rs -> new BuyingContact(rs.getLong(1), AccountRole.valueOf(rs.getString(2))));
	}

	void contacts(long id, List<BuyingContact> contacts, CustomerService customers) {
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
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM sales_opportunity_contact WHERE opportunity_id = ?");
					PreparedStatement insert = c.prepareStatement("INSERT INTO sales_opportunity_contact (opportunity_id,"
							+ " position, customer_id, buying_role) VALUES (?, ?, ?, ?)")) {
				delete.setLong(1, id);
				delete.executeUpdate();
				for (int i = 0; i < contacts.size(); i++) {
					insert.setLong(1, id);
					insert.setInt(2, i);
					insert.setLong(3, contacts.get(i).customerId());
					insert.setString(4, contacts.get(i).role().name());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	Set<String> signals(long id) {
		return new LinkedHashSet<>(Rows.query(database.dataSource(), "SELECT stage_id, position FROM"
				+ " sales_opportunity_signal WHERE opportunity_id = ? ORDER BY stage_id, position", List.of(id),
				rs -> rs.getString(1) + "#" + rs.getInt(2)));
	}

	void signal(Opportunity o, SalesProcess process, String stageId, int position, boolean ticked) {
		SalesStage stage = process.stage(stageId).orElseThrow(() -> new ValidationException("stage",
				NLS.bind(Messages.Opportunity_noStage, stageId, process.label())));
		if (position < 0 || position >= stage.signals().size()) {
			throw new ValidationException("signal", NLS.bind(Messages.Signal_unknown, position + 1, stage.label()));
		}
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM sales_opportunity_signal"
					+ " WHERE opportunity_id = ? AND stage_id = ? AND position = ?");
					PreparedStatement insert = c.prepareStatement("INSERT INTO sales_opportunity_signal (opportunity_id,"
							+ " stage_id, position) VALUES (?, ?, ?)")) {
				for (PreparedStatement st : new PreparedStatement[] { delete, insert }) {
					st.setLong(1, o.id());
					st.setString(2, stageId);
					st.setInt(3, position);
				}
				delete.executeUpdate();
				if (ticked) {
					insert.executeUpdate();
				}
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}
}
