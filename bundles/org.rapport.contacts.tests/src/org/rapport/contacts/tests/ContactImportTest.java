package org.rapport.contacts.tests;

import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.imports.ContactImport;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.internal.imports.ContactImport.Summary;
import org.rapport.contacts.internal.io.ColumnMapping;
import org.rapport.contacts.internal.io.ContactCsvReader;
import org.rapport.contacts.internal.io.ContactFileEncoding;
import org.rapport.platform.persistence.DatabaseException;

/** Real export files of Google Contacts and Outlook, files in GBK, Big5 and UTF-16, and broken files. */
class ContactImportTest extends WithCustomers {

	private static final Path FILES = Path.of("resources", "import").toAbsolutePath();

	@Test
	void aGoogleContactsExportArrivesWithChannelsAndLabelsAsTags() throws Exception {
		assertEquals(summary(5, 0, 0, 0, 0), importFile("google-contacts.csv", OnDuplicate.SKIP));
		Customer tan = only("meiling.tan@");
		assertEquals("Mei Ling Tan", tan.name());
		assertEquals("Sinar Teknologi Sdn. Bhd.", tan.input().company());
		assertEquals(Set.of("VIP"), tan.input().tags());
		// Email, mobile, work phone, and (since imports keep it) the formatted address.
		assertEquals(4, tan.input().channels().size());
		assertEquals("张伟", only("zhangw").name());
	}

	@Test
	void anOutlookExportArrivesAndARowWithOnlyACompanyBecomesAnAccount() throws Exception {
		assertEquals(4, importFile("outlook-contacts.csv", OnDuplicate.SKIP).imported());
		Customer account = only("syarikat maju");
		assertEquals(CustomerKind.ACCOUNT, account.input().kind());
		assertEquals(Set.of("Customers", "VIP"), only("jason@").input().tags());
	}

	@Test
	void chineseFilesInGbkAndBig5AndAUtf16FileAreRecognisedAndSearchable() throws Exception {
		assertEquals(ContactFileEncoding.GBK, ContactFileEncoding.detect(FILES.resolve("customers-gbk.csv")));
		assertEquals(ContactFileEncoding.BIG5, ContactFileEncoding.detect(FILES.resolve("customers-big5.csv")));
		assertEquals(3, importFile("customers-gbk.csv", OnDuplicate.SKIP).imported());
		assertEquals(3, importFile("customers-big5.csv", OnDuplicate.SKIP).imported());
		assertEquals(3, importFile("customers-utf16.csv", OnDuplicate.SKIP).imported());
		assertEquals("王芳", only("wangf").name());
		assertEquals("陳志明", only("czm").name());
		assertEquals("Chloé Lefèvre", only("chloe lef").name());
	}

	@Test
	void brokenRowsGoToTheRejectsFileWithTheirLineAndTheGoodRowsAreImported() throws Exception {
		assertEquals(summary(2, 0, 0, 1, 0), importFile("broken-quote.csv", OnDuplicate.SKIP));
		assertTrue(rejectLines().get(1).startsWith("4,line,"), rejectLines().toString());
		assertEquals(summary(3, 0, 0, 1, 0), importFile("wrong-columns.csv", OnDuplicate.SKIP));
		assertTrue(rejectLines().get(1).startsWith("3,line,") && rejectLines().get(1).contains("has 6 fields"),
				rejectLines().toString());
		// A value that is not understood no longer rejects its row: it is kept, marked unverified, with a warning.
		assertEquals(summary(5, 0, 0, 0, 2), importFile("bad-values.csv", OnDuplicate.SKIP));
		List<String> lines = Files.readAllLines(home.resolve("warnings.csv"), StandardCharsets.UTF_8);
		assertTrue(lines.get(1).startsWith("3,Email,siti.at.example.com,"), lines.toString());
		assertTrue(lines.get(2).startsWith("5,Mobile,12ab34,"), lines.toString());
		assertEquals(3, importFile("truncated.csv", OnDuplicate.SKIP).imported());
	}

	@Test
	void duplicatesAreSkippedMergedOrCreatedAsAsked() throws Exception {
		importFile("google-contacts.csv", OnDuplicate.SKIP);
		assertEquals(summary(0, 0, 5, 0, 0), importFile("google-contacts.csv", OnDuplicate.SKIP));
		assertEquals(summary(0, 5, 0, 0, 0), importFile("google-contacts.csv", OnDuplicate.MERGE));
		assertEquals(5, customers.search(CustomerQuery.all(50)).size());
		assertEquals(5, importFile("google-contacts.csv", OnDuplicate.CREATE).imported());
		assertEquals(10, customers.search(CustomerQuery.all(50)).size());
	}

	@Test
	void aMergeAddsWhatTheExistingCustomerLackedAndKeepsWhatItHad() throws Exception {
		customers.create(org.rapport.contacts.CustomerInput.person("Mei Ling", "Tan", "Old Company Name",
				"meiling.tan@sinartek.com.my", null));
		assertEquals(summary(4, 1, 0, 0, 0), importFile("google-contacts.csv", OnDuplicate.MERGE));
		Customer tan = only("meiling.tan@");
		assertEquals("Old Company Name", tan.input().company());
		assertEquals(Set.of("VIP"), tan.input().tags());
		assertEquals(4, tan.input().channels().size(), "the email it had, mobile, work phone and address added");
	}

	@Test
	void aCancelledImportLeavesNothingBehind() throws Exception {
		NullProgressMonitor cancelAfterTwoRows = new NullProgressMonitor() {
			private int asked;

			@Override
			public boolean isCanceled() {
				return ++asked > 2;
			}
		};
		Path file = FILES.resolve("google-contacts.csv");
		try (ContactCsvReader reader = ContactCsvReader.open(file, "MY")) {
			assertThrows(OperationCanceledException.class, () -> importer().run(reader, rejects(), OnDuplicate.SKIP,
					cancelAfterTwoRows));
		}
		assertEquals(List.of(), customers.search(CustomerQuery.all(10)));
	}

	@Test
	void aMappingFileNamesTheColumnsOfAnUnusualExport() throws Exception {
		Path file = FILES.resolve("custom-columns.csv");
		ColumnMapping mapping = ColumnMapping.fromFile(FILES.resolve("custom-mapping.properties"),
				ContactCsvReader.headers(file, StandardCharsets.UTF_8));
		try (ContactCsvReader reader = new ContactCsvReader(file, StandardCharsets.UTF_8, mapping, "MY")) {
			assertEquals(3, importer().run(reader, rejects(), OnDuplicate.SKIP, new NullProgressMonitor()).imported());
		}
		assertEquals("陈小红", only("cxh").name());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.fromFile(
				FILES.resolve("custom-mapping-unknown-field.properties"), ContactCsvReader.headers(file, StandardCharsets.UTF_8)));
		assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("ORGANISATION"), e.getMessage());
	}

	@Test
	void aRowTheDatabaseRefusesStopsTheImportNamingItsLineAndLeavesNothingSoItCanRunAgain() throws Exception {
		// Line 2,050 lies in the second batch of 2,000: the first batch was already sent when the database refuses.
		Path file = home.resolve("members.csv");
		StringBuilder csv = new StringBuilder("Given Name,Family Name,Email,City\n");
		for (int line = 2; line <= 2_101; line++) {
			csv.append("Member,No ").append(line).append(",member").append(line).append("@example.my,")
					.append(line == 2_050 ? "Atlantis" : "Kuala Lumpur").append('\n');
		}
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		sql("ALTER TABLE contacts_customer ADD CONSTRAINT test_no_atlantis CHECK (city <> 'Atlantis')");

		DatabaseException refused = assertThrows(DatabaseException.class, () -> importFile(file, OnDuplicate.SKIP));
		assertTrue(refused.getMessage().startsWith(NLS.bind(Messages.Import_lineRefused, 2_050, "")),
				refused.getMessage());
		assertEquals(List.of(), customers.search(CustomerQuery.all(10)), "the first batch went back too");

		sql("ALTER TABLE contacts_customer DROP CONSTRAINT test_no_atlantis");
		assertEquals(summary(2_100, 0, 0, 0, 0), importFile(file, OnDuplicate.SKIP),
				"nothing left behind counts as a duplicate");
	}

	private void sql(String statement) {
		database.jdbc().change(c -> {
			try (Statement st = c.createStatement()) {
				st.execute(statement);
			}
		});
	}

	private Summary importFile(String name, OnDuplicate onDuplicate) throws Exception {
		return importFile(FILES.resolve(name), onDuplicate);
	}

	private Summary importFile(Path file, OnDuplicate onDuplicate) throws Exception {
		try (ContactCsvReader reader = ContactCsvReader.open(file, "MY")) {
			return importer().run(reader, rejects(), onDuplicate, new NullProgressMonitor());
		}
	}

	private ContactImport importer() {
		return new ContactImport(database.jdbc(), "MY", "tester");
	}

	private Path rejects() {
		return home.resolve("rejects.csv");
	}

	private Summary summary(int imported, int merged, int skipped, int rejected, int warnings) {
		return new Summary(imported, merged, skipped, rejected, warnings, rejects(), home.resolve("warnings.csv"));
	}

	private List<String> rejectLines() throws Exception {
		return Files.readAllLines(rejects(), StandardCharsets.UTF_8);
	}

	private Customer only(String typed) {
		List<CustomerSummary> found = customers.search(CustomerQuery.matching(typed, 5));
		assertEquals(1, found.size(), typed + " found " + found);
		return customers.find(found.get(0).id()).orElseThrow();
	}
}
