package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.csv.CsvOutput;
import org.rapport.platform.money.Money;
import org.rapport.platform.privacy.Privacy;
import org.rapport.sales.Opportunities;
import org.rapport.sales.OpportunityInput;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The privacy export's files as the person opens them: a customer named like a spreadsheet formula is text in the
 * CSV, and the JSON parses with every character of a deal's name (quotes, backslash, line break, Chinese) intact.
 */
class PrivacyExportFilesTest extends WithCustomers {

	private static final String FORMULA = "=HYPERLINK(\"http://x\")";
	private static final String ODD = "Tan \"Boss\" \\ 陈美玲\n第二期";

	@Test
	void aCustomerNamedLikeAFormulaIsTextInTheCsvAndTheJsonKeepsEveryCharacter() throws Exception {
		Customer customer = customers.create(CustomerInput.person(FORMULA, "Tan", "Harmoni Sdn Bhd",
				"formula@harmoni.my", null));
		TestSupport.service(Opportunities.class).create(new OpportunityInput(customer.id(), ODD,
				Money.of("12000", "MYR"), LocalDate.now().plusDays(30), null, "negotiation", null, null));
		Path folder = home.resolve("export");
		Path json = TestSupport.service(Privacy.class).export(customer.id(), folder, new NullProgressMonitor());

		CSVRecord person = onlyRow(folder.resolve("contacts-contacts.customer.csv"));
		assertEquals("'" + FORMULA, person.get("givenName"));
		assertEquals(FORMULA, CsvOutput.cell(person.get("givenName")), "Rapport reads back what it wrote");
		assertEquals("Tan", person.get("familyName"));
		CSVRecord deal = onlyRow(folder.resolve("sales-sales.opportunity.csv"));
		assertEquals(ODD, deal.get("name"));
		assertEquals("12000.00", deal.get("amount"));

		String text = Files.readString(json, StandardCharsets.UTF_8);
		assertEquals(List.of(FORMULA), SalesReportsTest.strings(text, "givenName"), "JSON is not for spreadsheets");
		assertTrue(SalesReportsTest.strings(text, "name").contains(ODD), text);
		assertEquals(customer.id(), firstField(text, "customer"));
	}

	/** The one record of a CSV with a byte-order mark and a header. */
	private static CSVRecord onlyRow(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\ufeff"), file + " starts with a byte-order mark");
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
			List<CSVRecord> rows = parser.getRecords();
			assertEquals(1, rows.size(), text);
			return rows.get(0);
		}
	}

	/** The document's first field, which must have the given name and a whole number. */
	private static long firstField(String json, String name) throws IOException {
		try (JsonParser parser = new JsonFactory().createParser(json)) {
			assertEquals(JsonToken.START_OBJECT, parser.nextToken());
			assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
			assertEquals(name, parser.currentName());
			assertEquals(JsonToken.VALUE_NUMBER_INT, parser.nextToken());
			return parser.getLongValue();
		}
	}
}
