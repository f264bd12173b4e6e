package org.rapport.contacts.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.FieldType;
import org.rapport.contacts.internal.search.SearchKeys;
import org.rapport.contacts.internal.store.FieldValueRows;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** Custom fields in contacts_field and contacts_field_value. */
@Component(service = CustomFields.class)
public class JdbcCustomFields implements CustomFields {

	/** Entity name in the topics of custom field events. */
	private static final String FIELD_ENTITY = CustomFields.ENTITY;

	private static final String AUDIT_FIELD = "contacts.field";

	/** A custom value of a customer, as read. */
	private record FieldValue(long customer, String key, String value) {
	}

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public List<CustomField> definitions() {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return database.jdbc().read(JdbcCustomFields::definitions);
	}

	/** The defined fields, read on the caller's connection (imports read them inside their transaction). */
	public static List<CustomField> definitions(Connection c) throws SQLException {
		return Rows.query(c, "SELECT field_key, label, field_type, choices FROM contacts_field ORDER BY position",
				List.of(), rs -> {
					String choices = rs.getString(4);
					return new CustomField(rs.getString(1), rs.getString(2), FieldType.valueOf(rs.getString(3)),
							choices == null || choices.isBlank() ? List.of() : Arrays.asList(choices.split(";")));
				});
	}

	@Override
	public CustomField define(CustomField field) {
		security.checkPermitted(CustomerService.MODULE, Action.ADMINISTER);
		List<FieldError> errors = new ArrayList<>();
		if (field.key() == null || !field.key().matches("[A-Za-z][A-Za-z0-9_]{0,59}")) {
			errors.add(new FieldError("key", NLS.bind(Messages.Field_badKey, field.key())));
		} else if (find(field.key()) != null) {
			errors.add(new FieldError("key", NLS.bind(Messages.Field_exists, field.key())));
		}
		checkLabelAndChoices(field, errors);
		boolean choice = field.type() == FieldType.CHOICE || field.type() == FieldType.MULTI_CHOICE;
		database.jdbc().change(c -> {
			Rows.update(c, "INSERT INTO contacts_field (field_key, label, field_type, choices, position)"
					+ " SELECT ?, ?, ?, ?, COALESCE(MAX(position), 0) + 1 FROM contacts_field", field.key(),
					field.label().trim(), field.type().name(), choice ? String.join(";", field.choices()) : null);
			audit.record(c, AUDIT_FIELD, field.key(), "*", null, field.label() + " (" + field.type() + ")");
		});
		post(field.key(), EventTopics.CREATED);
		return field;
	}

	@Override
	public CustomField update(CustomField field) {
		security.checkPermitted(CustomerService.MODULE, Action.ADMINISTER);
		CustomField before = find(field.key());
		if (before == null) {
			throw new ValidationException(List.of(new FieldError("key", NLS.bind(Messages.Field_unknown, field.key()))));
		}
		CustomField changed = new CustomField(before.key(), field.label() == null ? null : field.label().trim(),
				before.type(), field.choices());
		List<FieldError> errors = new ArrayList<>();
		if (before.type() == FieldType.CHOICE || before.type() == FieldType.MULTI_CHOICE) {
			for (String gone : before.choices()) {
				int holders = gone.isEmpty() || changed.choices().contains(gone) ? 0 : holders(before, gone);
				if (holders > 0) {
					errors.add(new FieldError("choices", NLS.bind(Messages.Field_choiceInUse, gone, holders)));
				}
			}
		}
		checkLabelAndChoices(changed, errors);
		boolean choice = before.type() == FieldType.CHOICE || before.type() == FieldType.MULTI_CHOICE;
		database.jdbc().change(c -> {
			Rows.update(c, "UPDATE contacts_field SET label = ?, choices = ? WHERE field_key = ?", changed.label(),
					choice ? String.join(";", changed.choices()) : null, changed.key());
			audit.record(c, AUDIT_FIELD, field.key(), "label", before.label(), changed.label());
			if (!before.choices().equals(changed.choices())) {
				audit.record(c, AUDIT_FIELD, field.key(), "choices", String.join(";", before.choices()),
						String.join(";", changed.choices()));
			}
		});
		post(field.key(), EventTopics.UPDATED);
		return changed;
	}

	@Override
	public void remove(String key) {
		security.checkPermitted(CustomerService.MODULE, Action.ADMINISTER);
		CustomField field = find(key);
		if (field == null) {
			throw new ValidationException(List.of(new FieldError("key", NLS.bind(Messages.Field_unknown, key))));
		}
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM contacts_field_value WHERE field_key = ?", field.key());
			Rows.update(c, "DELETE FROM contacts_field WHERE field_key = ?", field.key());
			audit.record(c, AUDIT_FIELD, field.key(), "*", field.label() + " (" + field.type() + ")", null);
		});
		post(field.key(), EventTopics.DELETED);
	}

	private void post(String key, String action) {
		RecordEvents.post(events, CustomerService.MODULE, FIELD_ENTITY, action, key, security.currentLogin());
	}

	@Override
	public int usage(String key) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return count("SELECT COUNT(*) FROM contacts_field_value WHERE field_key = ?", key);
	}

	@Override
	public Map<String, String> values(long customerId) {
		return values(List.of(customerId)).getOrDefault(customerId, Map.of());
	}

	@Override
	public Map<Long, Map<String, String>> values(Collection<Long> customerIds) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return customerIds.isEmpty() ? new LinkedHashMap<>() : database.jdbc().read(c -> values(c, customerIds));
	}

	private static Map<Long, Map<String, String>> values(Connection c, Collection<Long> customerIds)
			throws SQLException {
		Map<Long, Map<String, String>> values = new LinkedHashMap<>();
		String marks = String.join(",", Collections.nCopies(customerIds.size(), "?"));
		for (FieldValue v : Rows.query(c, "SELECT customer_id, field_key, field_value FROM contacts_field_value"
				+ " WHERE customer_id IN (" + marks + ")", List.copyOf(customerIds),
				rs -> new FieldValue(rs.getLong(1), rs.getString(2), rs.getString(3)))) {
			values.computeIfAbsent(v.customer(), k -> new LinkedHashMap<>()).put(v.key(), v.value());
		}
		return values;
	}

	@Override
	public void setValues(long customerId, Map<String, String> values) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		Map<String, CustomField> fields = new LinkedHashMap<>();
		definitions().forEach(f -> fields.put(f.key(), f));
		List<FieldError> errors = new ArrayList<>();
		Map<String, String> normalised = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			String v = CustomFieldCheck.normalise(fields.get(key), value);
			CustomFieldCheck.check(fields.get(key), key, v, errors);
			normalised.put(key, v);
		});
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		database.jdbc().change(c -> {
			Map<String, String> before = values(c, List.of(customerId)).getOrDefault(customerId, Map.of());
			try (FieldValueRows rows = new FieldValueRows(c)) {
				for (Map.Entry<String, String> e : normalised.entrySet()) {
					rows.replace(customerId, e.getKey(), e.getValue());
				}
			}
			for (Map.Entry<String, String> e : normalised.entrySet()) {
				String now = e.getValue().isEmpty() ? null : e.getValue();
				if (!Objects.equals(before.get(e.getKey()), now)) {
					audit.record(c, CustomerService.AUDIT_TYPE, String.valueOf(customerId), "custom." + e.getKey(),
							before.get(e.getKey()), now);
				}
			}
		});
	}

	private CustomField find(String key) {
		return definitions().stream().filter(f -> f.key().equalsIgnoreCase(key == null ? "" : key)).findFirst()
				.orElse(null);
	}

	private static void checkLabelAndChoices(CustomField field, List<FieldError> errors) {
		if (field.label() == null || field.label().isBlank()) {
			errors.add(new FieldError("label", Messages.Field_noLabel));
		}
		boolean choice = field.type() == FieldType.CHOICE || field.type() == FieldType.MULTI_CHOICE;
		if (choice && field.choices().stream().allMatch(String::isBlank)) {
			errors.add(new FieldError("choices", Messages.Field_noChoices));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	/** Customers holding a choice: the whole value for a choice field, one of the values of a multi-choice. */
	private int holders(CustomField field, String choice) {
		String folded = SearchKeys.fold(choice);
		if (field.type() == FieldType.CHOICE) {
			return count("SELECT COUNT(*) FROM contacts_field_value WHERE field_key = ? AND value_key = ?", field.key(),
					folded);
		}
		return count("SELECT COUNT(*) FROM contacts_field_value WHERE field_key = ? AND (value_key = ? OR value_key LIKE ?"
				+ " OR value_key LIKE ? OR value_key LIKE ?)", field.key(), folded, folded + ";%", "%;" + folded,
				"%;" + folded + ";%");
	}

	private int count(String sql, Object... params) {
		return database.jdbc().first(sql, Arrays.asList(params), rs -> rs.getInt(1)).orElse(0);
	}
}
