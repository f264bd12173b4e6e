package org.rapport.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.FieldType;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** Custom fields in contacts_field and contacts_field_value. */
@Component(service = CustomFields.class)
public class JdbcCustomFields implements CustomFields {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Override
	public List<CustomField> definitions() {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		List<CustomField> fields = new ArrayList<>();
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"SELECT field_key, label, field_type, choices FROM contacts_field ORDER BY position");
				ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				String choices = rs.getString(4);
				fields.add(new CustomField(rs.getString(1), rs.getString(2), FieldType.valueOf(rs.getString(3)),
						choices == null || choices.isBlank() ? List.of() : Arrays.asList(choices.split(";"))));
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return fields;
	}

	@Override
	public CustomField define(CustomField field) {
		security.checkPermitted(CustomerService.MODULE, Action.ADMINISTER);
		List<FieldError> errors = new ArrayList<>();
		if (field.key() == null || !field.key().matches("[A-Za-z][A-Za-z0-9_]{0,59}")) {
			errors.add(new FieldError("key", NLS.bind(Messages.Field_badKey, field.key())));
		} else if (definitions().stream().anyMatch(f -> f.key().equalsIgnoreCase(field.key()))) {
			errors.add(new FieldError("key", NLS.bind(Messages.Field_exists, field.key())));
		}
		if (field.label() == null || field.label().isBlank()) {
			errors.add(new FieldError("label", Messages.Field_noLabel));
		}
		boolean choice = field.type() == FieldType.CHOICE || field.type() == FieldType.MULTI_CHOICE;
		if (choice && field.choices().isEmpty()) {
			errors.add(new FieldError("choices", Messages.Field_noChoices));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"INSERT INTO contacts_field (field_key, label, field_type, choices, position)"
						+ " SELECT ?, ?, ?, ?, COALESCE(MAX(position), 0) + 1 FROM contacts_field")) {
			st.setString(1, field.key());
			st.setString(2, field.label().trim());
			st.setString(3, field.type().name());
			st.setString(4, choice ? String.join(";", field.choices()) : null);
			st.executeUpdate();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("contacts.field", field.key(), "*", null, field.label() + " (" + field.type() + ")");
		return field;
	}

	@Override
	public Map<String, String> values(long customerId) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		Map<String, String> values = new LinkedHashMap<>();
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"SELECT field_key, field_value FROM contacts_field_value WHERE customer_id = ?")) {
			st.setLong(1, customerId);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					values.put(rs.getString(1), rs.getString(2));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return values;
	}

	@Override
	public void setValues(long customerId, Map<String, String> values) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		Map<String, CustomField> fields = new LinkedHashMap<>();
		definitions().forEach(f -> fields.put(f.key(), f));
		List<FieldError> errors = new ArrayList<>();
		values.forEach((key, value) -> check(fields.get(key), key, value == null ? "" : value.trim(), errors));
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Map<String, String> before = values(customerId);
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement delete = c.prepareStatement(
					"DELETE FROM contacts_field_value WHERE customer_id = ? AND field_key = ?");
					PreparedStatement insert = c.prepareStatement(
							"INSERT INTO contacts_field_value (customer_id, field_key, field_value) VALUES (?, ?, ?)")) {
				for (Map.Entry<String, String> e : values.entrySet()) {
					String value = e.getValue() == null ? "" : e.getValue().trim();
					delete.setLong(1, customerId);
					delete.setString(2, e.getKey());
					delete.executeUpdate();
					if (!value.isEmpty()) {
						insert.setLong(1, customerId);
						insert.setString(2, e.getKey());
						insert.setString(3, value);
						insert.executeUpdate();
					}
				}
				c.commit();
			} catch (SQLException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		values.forEach((key, value) -> {
			String now = value == null || value.isBlank() ? null : value.trim();
			if (!java.util.Objects.equals(before.get(key), now)) {
				audit.record(CustomerService.AUDIT_TYPE, String.valueOf(customerId), "custom." + key, before.get(key), now);
			}
		});
	}

	private static void check(CustomField field, String key, String value, List<FieldError> errors) {
		String at = "custom." + key;
		if (field == null) {
			errors.add(new FieldError(at, NLS.bind(Messages.Field_unknown, key)));
			return;
		}
		if (value.isEmpty()) {
			return;
		}
		switch (field.type()) {
		case NUMBER -> {
			try {
				new java.math.BigDecimal(value);
			} catch (NumberFormatException e) {
				errors.add(new FieldError(at, NLS.bind(Messages.Field_notNumber, value, field.label())));
			}
		}
		case DATE -> {
			try {
				LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				errors.add(new FieldError(at, NLS.bind(Messages.Field_notDate, value, field.label())));
			}
		}
		case BOOLEAN -> {
			if (!value.equals("true") && !value.equals("false")) {
				errors.add(new FieldError(at, NLS.bind(Messages.Field_notBoolean, value, field.label())));
			}
		}
		case CHOICE, MULTI_CHOICE -> {
			for (String one : field.type() == FieldType.CHOICE ? List.of(value) : Arrays.asList(value.split(";"))) {
				if (!field.choices().contains(one.trim())) {
					errors.add(new FieldError(at, NLS.bind(Messages.Field_notChoice,
							new Object[] { one.trim(), field.label(), String.join(", ", field.choices()) })));
				}
			}
		}
		default -> {
			if (value.length() > 2000) {
				errors.add(new FieldError(at, NLS.bind(Messages.Validation_tooLong, 2000)));
			}
		}
		}
	}
}
