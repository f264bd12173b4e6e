package org.rapport.contacts.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.FieldType;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

class CustomFieldsTest extends WithCustomers {

	@Test
	void anAdministratorAddsFieldsAndValuesAreCheckedByType() throws Exception {
		CustomFields fields = TestSupport.service(CustomFields.class);
		fields.define(new CustomField("hotel_nights", "Nights stayed", FieldType.NUMBER, List.of()));
		fields.define(new CustomField("birthday", "Birthday", FieldType.DATE, List.of()));
		fields.define(new CustomField("diet", "Diet", FieldType.MULTI_CHOICE, List.of("halal", "vegetarian", "no pork")));
		assertEquals(List.of("hotel_nights", "birthday", "diet"), fields.definitions().stream().map(CustomField::key).toList());
		Customer c = customers.create(CustomerInput.person("Aisyah", "binti Omar", null, null, null));

		fields.setValues(c.id(), Map.of("hotel_nights", "12", "birthday", "1990-04-01", "diet", "halal;no pork"));
		assertEquals(Map.of("hotel_nights", "12", "birthday", "1990-04-01", "diet", "halal;no pork"), fields.values(c.id()));

		ValidationException e = assertThrows(ValidationException.class,
				() -> fields.setValues(c.id(), Map.of("birthday", "01/04/1990", "diet", "keto")));
		assertEquals(List.of("custom.birthday", "custom.diet"),
				e.errors().stream().map(FieldError::field).sorted().toList());
		assertEquals("1990-04-01", fields.values(c.id()).get("birthday"), "nothing written on error");

		fields.setValues(c.id(), Map.of("hotel_nights", ""));
		assertTrue(!fields.values(c.id()).containsKey("hotel_nights"), "an empty value removes it");
		List<AuditEntry> history = TestSupport.service(AuditLog.class).history("contacts.customer", String.valueOf(c.id()));
		assertTrue(history.stream().anyMatch(h -> h.field().equals("custom.hotel_nights") && "12".equals(h.oldValue())));
	}

	@Test
	void aFieldNeedsAUsableKeyALabelAndChoices() throws Exception {
		CustomFields fields = TestSupport.service(CustomFields.class);
		ValidationException e = assertThrows(ValidationException.class,
				() -> fields.define(new CustomField("9 lives", "", FieldType.CHOICE, List.of())));
		assertEquals(List.of("key", "label", "choices"), e.errors().stream().map(FieldError::field).toList());
	}
}
