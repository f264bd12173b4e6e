package org.rapport.contacts.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.search.PhoneKeys;
import org.rapport.contacts.internal.store.CustomerMapper;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.privacy.PersonalData;
import org.rapport.platform.privacy.PersonalRecord;

/**
 * The customer record itself: names, company, channels, tags, custom values, addresses and tax id, and the segments it
 * is a member of. Erasure keeps the row (every module refers to it) with its stage, tier, owner, region, country,
 * credit terms and dates; the name becomes {@link PersonalData#ERASED}, the company is kept only when it names an
 * account (an organisation), the customer is made inactive, channels, tags and custom values are deleted, and the
 * search keys are computed again from what is left, as the service computes them.
 */
@Component(service = PersonalData.class)
public class ContactsPersonalData implements PersonalData {

	private static final String CUSTOMER = "SELECT id, kind, display_name, given_name, family_name, company,"
			+ " account_id, job_title, account_role, industry, company_size, region, city, country, source,"
			+ " lifecycle_stage, vip_tier, active, owner_login, primary_email, primary_phone, credit_limit, currency,"
			+ " payment_terms, tax_id, billing_address, last_interaction_at, created_by, created_at, updated_at"
			+ " FROM contacts_customer WHERE id = ?";
	private static final String[] CUSTOMER_FIELDS = { "kind", "name", "givenName", "familyName", "company", "accountId",
			"jobTitle", "accountRole", "industry", "companySize", "region", "city", "country", "source", "stage",
			"vipTier", "active", "owner", "primaryEmail", "primaryPhone", "creditLimit", "currency", "paymentTerms",
			"taxId", "billingAddress", "lastInteraction", "createdBy" };

	@Reference
	private Database database;

	@Override
	public String module() {
		return CustomerService.MODULE;
	}

	@Override
	public List<PersonalRecord> export(long customerId) {
		return database.jdbc().read(c -> {
			List<PersonalRecord> records = new ArrayList<>();
			PersonalRecord customer = Rows.first(c, CUSTOMER, List.of(customerId), ContactsPersonalData::customer)
					.orElse(null);
			if (customer == null) {
				return records;
			}
			Map<String, String> fields = new LinkedHashMap<>(customer.fields());
			fields.put("tags", String.join("; ", Rows.query(c, "SELECT tag FROM contacts_customer_tag"
					+ " WHERE customer_id = ? ORDER BY tag", List.of(customerId), rs -> rs.getString(1))));
			records.add(new PersonalRecord(customer.module(), customer.type(), customer.id(), fields));
			records.addAll(Rows.query(c, "SELECT id, channel_type, label, channel_value, is_primary"
					+ " FROM contacts_channel WHERE customer_id = ? ORDER BY position", List.of(customerId),
					rs -> PersonalRecord.of(module(), "contacts.channel", rs, "type", "label", "value", "primary")));
			records.addAll(Rows.query(c, "SELECT v.field_key, f.label, v.field_value FROM contacts_field_value v"
					+ " JOIN contacts_field f ON f.field_key = v.field_key WHERE v.customer_id = ? ORDER BY f.position",
					List.of(customerId),
					rs -> PersonalRecord.of(module(), "contacts.customValue", rs, "field", "value")));
			records.addAll(Rows.query(c, "SELECT s.id, s.name FROM contacts_segment_member m JOIN contacts_segment s"
					+ " ON s.id = m.segment_id WHERE m.customer_id = ? ORDER BY s.name", List.of(customerId),
					rs -> PersonalRecord.of(module(), "contacts.segmentMembership", rs, "segment")));
			return records;
		});
	}

	/** The customer row; created and updated are kept in UTC by the entity. */
	private static PersonalRecord customer(ResultSet rs) throws SQLException {
		PersonalRecord row = PersonalRecord.of(CustomerService.MODULE, CustomerService.AUDIT_TYPE, rs, CUSTOMER_FIELDS);
		Map<String, String> fields = new LinkedHashMap<>(row.fields());
		fields.put("created", utc(rs.getTimestamp(CUSTOMER_FIELDS.length + 2)));
		fields.put("updated", utc(rs.getTimestamp(CUSTOMER_FIELDS.length + 3)));
		return new PersonalRecord(row.module(), row.type(), row.id(), fields);
	}

	private static String utc(Timestamp t) {
		return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC).toString();
	}

	@Override
	public int erase(Connection c, long customerId) throws SQLException {
		Erasable found = Rows.first(c, "SELECT kind, display_name, given_name, family_name, company, account_id,"
				+ " job_title, city, primary_email, primary_phone, tax_id, billing_address, active"
				+ " FROM contacts_customer WHERE id = ?", List.of(customerId), ContactsPersonalData::erasable)
				.orElse(null);
		if (found == null) {
			return 0;
		}
		String company = keptCompany(c, customerId, found);
		int changed = 0;
		if (!found.erased(company)) {
			CustomerInput left = new CustomerInput(found.kind(), ERASED, null, null, found.accountId(), company,
					null, null, null, null, null, null, null, null, null, null, false, null, List.of(), null, null,
					null, null, null, null);
			CustomerKeys keys = CustomerKeys.of(left, PhoneKeys.defaultRegion());
			// The version moves on: an editor still showing the old values cannot save them back.
			changed += Rows.update(c, "UPDATE contacts_customer SET display_name = ?, given_name = NULL,"
					+ " family_name = NULL, company = ?, job_title = NULL, city = NULL, primary_email = NULL,"
					+ " primary_phone = NULL, tax_id = NULL, billing_address = NULL, active = ?, sort_key = ?,"
					+ " name_key = ?, name2_key = ?, pinyin_key = ?, initials_key = ?, email_key = ?, phone_key = ?,"
					+ " phone_intl_key = ?, company_key = ?, version = version + 1, updated_at = ? WHERE id = ?",
					keys.displayName(), company, false, keys.sortKey(), keys.nameKey(), keys.name2Key(),
					keys.pinyinKey(), keys.initialsKey(), keys.emailKey(), keys.phoneKey(), keys.phoneIntlKey(),
					keys.companyKey(), CustomerMapper.nowUtc(), customerId);
		}
		changed += Rows.update(c, "DELETE FROM contacts_channel WHERE customer_id = ?", customerId);
		changed += Rows.update(c, "DELETE FROM contacts_customer_tag WHERE customer_id = ?", customerId);
		changed += Rows.update(c, "DELETE FROM contacts_field_value WHERE customer_id = ?", customerId);
		return changed;
	}

	/** The company stays when it names an account (the customer's own, or any organisation on file); else null. */
	private static String keptCompany(Connection c, long customerId, Erasable found) throws SQLException {
		if (found.company() == null || found.company().isBlank()) {
			return null;
		}
		if (found.accountId() != null) {
			return found.company();
		}
		boolean account = Rows.first(c, "SELECT 1 FROM contacts_customer WHERE kind = ? AND display_name = ?"
				+ " AND id <> ?", List.of(CustomerKind.ACCOUNT, found.company(), customerId), rs -> true).orElse(false);
		return account ? found.company() : null;
	}

	/** The values erasure changes, as they are now. */
	private record Erasable(CustomerKind kind, String name, Long accountId, String company, boolean active,
			boolean personal) {

		/** Whether erasing again would change nothing. */
		boolean erased(String keptCompany) {
			return ERASED.equals(name) && !active && !personal && Objects.equals(company, keptCompany);
		}
	}

	private static Erasable erasable(ResultSet rs) throws SQLException {
		boolean personal = false;
		for (int column : new int[] { 3, 4, 7, 8, 9, 10, 11, 12 }) {
			personal |= rs.getString(column) != null;
		}
		return new Erasable(CustomerKind.valueOf(rs.getString(1)), rs.getString(2), Rows.nullableLong(rs, 6),
				rs.getString(5), rs.getBoolean(13), personal);
	}
}
