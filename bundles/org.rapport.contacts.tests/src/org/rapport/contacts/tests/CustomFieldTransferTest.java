package org.rapport.contacts.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.ContactTransfer.Preview;
import org.rapport.contacts.ContactTransfer.Reading;
import org.rapport.contacts.ContactTransfer.Summary;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.FieldType;

/** Custom fields through the import wizard's API: recognised columns, chosen columns, rejects, export and back. */
class CustomFieldTransferTest extends WithCustomers {

	private static final Path FILE = Path.of("resources", "import", "loyalty-members.csv").toAbsolutePath();

	private CustomFields fields;
	private ContactTransfer transfer;
	private Path copy;

	@BeforeEach
	void fields() throws Exception {
		fields = TestSupport.service(CustomFields.class);
		transfer = TestSupport.service(ContactTransfer.class);
		fields.define(new CustomField("diet", "Diet", FieldType.MULTI_CHOICE, List.of("halal", "vegetarian", "no pork")));
		fields.define(new CustomField("nights", "Nights stayed", FieldType.NUMBER, List.of()));
		fields.define(new CustomField("member_since", "Member since", FieldType.DATE, List.of()));
		fields.define(new CustomField("newsletter", "Newsletter", FieldType.BOOLEAN, List.of()));
		copy = home.resolve("loyalty-members.csv");
		Files.copy(FILE, copy);
	}

	@Test
	void columnsHeadedByACustomFieldsLabelFillItAndBadValuesAreRejectedWithTheirLine() throws Exception {
		Preview preview = transfer.preview(copy, Reading.detected(), 10);
		assertEquals(List.of("GIVEN_NAME", "FAMILY_NAME", "EMAIL", "custom.diet", "custom.nights", "custom.member_since",
				"custom.newsletter", "TAGS"), preview.columns());
		assertEquals("halal;no pork", preview.samples().get(3));

		Summary summary = transfer.importFile(copy, Reading.detected(), OnDuplicate.SKIP, new NullProgressMonitor());

		assertEquals(2, summary.imported());
		assertEquals(2, summary.rejected());
		String rejects = Files.readString(summary.rejects(), StandardCharsets.UTF_8);
		assertTrue(rejects.contains("4,custom.nights,") && rejects.contains("many") && rejects.contains("is not a number"), rejects);
		assertTrue(rejects.contains("5,custom.member_since,") && rejects.contains("2020-13-01"), rejects);
		Map<String, String> meiLing = fields.values(only("meiling").id());
		assertEquals(Map.of("diet", "halal;no pork", "nights", "12", "member_since", "2021-03-04", "newsletter", "true"),
				meiLing);
		assertEquals("false", fields.values(only("arjun").id()).get("newsletter"), "\"no\" is read as false");
	}

	@Test
	void theUserCanChooseWhatAColumnHoldsAndTheFileIsReadSo() throws Exception {
		Summary summary = transfer.importFile(copy, new Reading("UTF-8", List.of("GIVEN_NAME", "FAMILY_NAME", "EMAIL",
				"custom.diet", "IGNORED", "IGNORED", "IGNORED", "IGNORED")), OnDuplicate.SKIP, new NullProgressMonitor());

		assertEquals(4, summary.imported(), () -> "the columns with bad values are not read at all: " + summary);
		assertEquals(Map.of("diet", "halal"), fields.values(only("farah").id()));
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> transfer.preview(copy,
				new Reading(null, List.of("GIVEN_NAME", "FAMILY_NAME", "EMAIL", "custom.shoe_size", "IGNORED", "IGNORED",
						"IGNORED", "IGNORED")), 10));
		assertTrue(unknown.getMessage().contains("shoe_size") && unknown.getMessage().contains("Diet"), unknown.getMessage());
	}

	@Test
	void anExportCarriesTagsAndCustomFieldsAndImportsBackAsItWas() throws Exception {
		transfer.importFile(copy, Reading.detected(), OnDuplicate.SKIP, new NullProgressMonitor());
		Path exported = home.resolve("exported.csv");

		assertEquals(2, transfer.export(exported, ContactTransfer.Format.CSV, null, null, new NullProgressMonitor()));

		List<CSVRecord> rows = read(exported);
		List<String> header = new ArrayList<>(rows.get(0).toList());
		assertEquals(List.of("Tags", "Diet", "Nights stayed", "Member since", "Newsletter"),
				header.subList(header.size() - 5, header.size()));
		CSVRecord tan = rows.stream().filter(r -> r.get(0).equals("Mei Ling Tan")).findFirst().orElseThrow();
		assertEquals(List.of("kl;vip", "halal;no pork", "12", "2021-03-04", "true"),
				tan.toList().subList(header.size() - 5, header.size()));

		fields.remove("diet");
		fields.define(new CustomField("diet", "Diet", FieldType.MULTI_CHOICE, List.of("halal", "vegetarian", "no pork")));
		assertEquals(null, fields.values(only("meiling").id()).get("diet"), "removing a field removed its values");
		Summary again = transfer.importFile(exported, Reading.detected(), OnDuplicate.MERGE, new NullProgressMonitor());
		assertEquals(2, again.merged());
		assertEquals("halal;no pork", fields.values(only("meiling").id()).get("diet"), "merging fills what is missing");
	}

	@Test
	void aChoiceSomeCustomerHoldsCannotBeTakenAwayButALabelCanChange() throws Exception {
		transfer.importFile(copy, Reading.detected(), OnDuplicate.SKIP, new NullProgressMonitor());
		var e = assertThrows(org.rapport.platform.validation.ValidationException.class, () -> fields
				.update(new CustomField("diet", "Diet", FieldType.MULTI_CHOICE, List.of("halal", "vegetarian"))));
		assertTrue(e.getMessage().contains("no pork") && e.getMessage().contains("1"), e.getMessage());
		fields.update(new CustomField("diet", "Dietary needs", FieldType.TEXT,
				List.of("halal", "no pork", "vegetarian", "vegan")));
		CustomField changed = fields.definitions().get(0);
		assertEquals("Dietary needs", changed.label());
		assertEquals(FieldType.MULTI_CHOICE, changed.type(), "the type stays");
		assertEquals(List.of("halal", "no pork", "vegetarian", "vegan"), changed.choices());
		assertEquals(2, fields.usage("diet"));
	}

	@Test
	void theListFindsCustomersByACustomFieldsValue() throws Exception {
		transfer.importFile(copy, Reading.detected(), OnDuplicate.SKIP, new NullProgressMonitor());
		assertEquals(List.of("Mei Ling Tan"), names("diet:no p"));
		assertEquals(List.of("Mei Ling Tan"), names("Diet: HAL"), "by label, case ignored");
		assertEquals(List.of("Arjun Pillai", "Mei Ling Tan"), names("newsletter:").stream().sorted().toList());
		assertEquals(List.of(), names("nights:99"));
		assertEquals(List.of(), names("shoe:42"), "not a field: searched as text, nothing matches");
	}

	private List<String> names(String typed) {
		return customers.search(CustomerQuery.matching(typed, 50)).stream().map(CustomerSummary::name).toList();
	}

	private CustomerSummary only(String typed) {
		List<CustomerSummary> found = customers.search(CustomerQuery.matching(typed, 5));
		assertEquals(1, found.size(), typed + " found " + found);
		return found.get(0);
	}

	private static List<CSVRecord> read(Path file) throws Exception {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.parse(in).getRecords();
		}
	}
}
