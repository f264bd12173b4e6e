package org.rapport.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.ContactTransfer.Reading;
import org.rapport.contacts.ContactTransfer.Summary;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.csv.CsvOutput;

/**
 * Address books as phones and old desktop programs export them, with the odd values of real ones: a contact with only
 * an email or a phone, a phone with a digit too many or an extension, a country written as a name in English, Malay or
 * Chinese, a second email that is not an address, placeholder text where a phone should be. Every contact with
 * something that identifies it arrives; what was not understood is kept as written and listed with its line and field.
 */
class ImportKeepsValuesTest extends WithCustomers {

	private static final Path FILES = Path.of("resources").toAbsolutePath();

	private ContactTransfer transfer;

	@BeforeEach
	void transfer() throws Exception {
		transfer = TestSupport.service(ContactTransfer.class);
	}

	@Test
	void aPhonesGoogleExportArrivesWholeAndTheWarningsFileSaysWhatWasNotUnderstood() throws Exception {
		Summary summary = importFile("import/phone-export-google.csv", Reading.detected());

		// 15 rows: one without anything that identifies it is rejected, Mei Ling's second row is a duplicate.
		assertEquals(List.of(13, 0, 1, 1, 8), counts(summary));
		assertEquals("ahmad.razak", named("ahmad.razak").input().givenName(), "named after the email's local part");
		assertEquals("+60 16-987 6543", named("+60 16-987 6543").input().givenName(), "named after the phone");
		Customer kevin = named("Kevin Lau");
		assertEquals("US", kevin.input().country(), "Amerika Syarikat");
		assertTrue(kevin.input().channels().contains(new Channel(ChannelType.EMAIL, "unverified", "kevin at office",
				false)), kevin.input().channels().toString());
		assertTrue(kevin.input().channels().contains(new Channel(ChannelType.MOBILE, "unverified", "+60 12-3456 78901",
				false)), "a phone with a digit too many is kept as typed");
		assertEquals(List.of("03-7722 1188 ext. 45"), values(named("Siew Mei Wong"), ChannelType.PHONE));
		assertEquals("MY", named("Siew Mei Wong").input().country(), "马来西亚");
		assertEquals("US", named("Jessica Ho").input().country(), "U.S.A.");
		assertEquals(List.of(), values(named("Jessica Ho"), ChannelType.MOBILE), "N/A is no phone");
		assertEquals("US", named("陈志强").input().country(), "美國");
		assertEquals("SG", named("Hafiz Rahim").input().country(), "Singapura");
		Customer iman = named("Nur Iman");
		assertNull(iman.input().country());
		assertTrue(iman.input().channels().contains(new Channel(ChannelType.ADDRESS, "country, unverified", "Atlantis",
				false)), iman.input().channels().toString());
		assertEquals(CustomerKind.ACCOUNT, named("Kedai Runcit Pak Ali").input().kind());
		assertEquals(List.of("+60 3-2161 8800 x201"), values(named("Ah Seng Lim"), ChannelType.PHONE));
		assertEquals(List.of("+60 3-2161 8800 x202"), values(named("Bee Lian Tan"), ChannelType.PHONE),
				"colleagues behind one switchboard are not duplicates");
		Customer priya = named("Priya Nair");
		assertEquals(List.of("+60 16-222 3344", "+60 17-555 6677"), values(priya, ChannelType.MOBILE));
		assertEquals(List.of("12 Lorong Kenari\nGeorge Town 10250\nMalaysia"), values(priya, ChannelType.ADDRESS));
		assertEquals(List.of(), values(priya, ChannelType.PHONE), "\"-\" is no phone");
		assertEquals(13, customers.search(CustomerQuery.all(50)).size(), "Mei Ling once");

		List<List<String>> warnings = read(summary.warningsFile());
		assertEquals(List.of("line", "field", "value", "reason"), warnings.get(0));
		assertTrue(warnings.contains(List.of("3", "E-mail 1 - Value", "ahmad.razak@gmail.com",
				NLS.bind(Messages.Import_namedAfter, "ahmad.razak"))), warnings.toString());
		assertTrue(warnings.contains(List.of("4", "E-mail 2 - Value", "kevin at office", Messages.Import_notEmail)));
		assertTrue(warnings.contains(List.of("4", "Phone 1 - Value", "+60 12-3456 78901",
				NLS.bind(Messages.Import_notPhone, "MY"))), warnings.toString());
		assertTrue(warnings.contains(List.of("6", "Phone 1 - Value", "N/A", Messages.Import_placeholder)));
		assertTrue(warnings.contains(List.of("10", "Address 1 - Country", "Atlantis", Messages.Import_countryUnknown)));
		assertTrue(warnings.contains(List.of("14", "Phone 2 - Value", "-", Messages.Import_placeholder)));
		assertTrue(warnings.contains(List.of("18", "Phone 1 - Value", "tiada", Messages.Import_placeholder)),
				"the line after a value over three lines: " + warnings);
		assertEquals(9, warnings.size());
		assertEquals(List.of(List.of("line", "field", "reason"), List.of("9", "line", Messages.Import_noIdentity)),
				read(summary.rejects()));
	}

	@Test
	void strictRejectsEveryRowWithAValueThatIsNotValidAsBefore() throws Exception {
		Summary summary = importFile("import/phone-export-google.csv", Reading.detected().strict(true));

		assertEquals(List.of(6, 0, 1, 8, 0), counts(summary));
		assertNull(summary.warningsFile());
		List<String> rejectedLines = read(summary.rejects()).stream().skip(1).map(r -> r.get(0)).distinct().toList();
		assertEquals(List.of("3", "4", "6", "8", "9", "10", "14", "18"), rejectedLines);
		assertEquals(List.of(), customers.search(CustomerQuery.matching("ahmad", 5)));
		assertEquals("US", named("陈志强").input().country(), "a country name is still understood");
	}

	@Test
	void aContactRepeatedLaterInTheFileIsMergedIntoItsFirstRowWhenAsked() throws Exception {
		Path copy = home.resolve("phone-export-google.csv");
		Files.copy(FILES.resolve("import/phone-export-google.csv"), copy);

		Summary summary = transfer.importFile(copy, Reading.detected(), OnDuplicate.MERGE, new NullProgressMonitor());

		assertEquals(List.of(13, 1, 0, 1, 8), counts(summary));
		assertEquals(List.of("+60 3-7957 1234"), values(named("Mei Ling Tan"), ChannelType.PHONE),
				"the home phone of line 17 joined line 2's Mei Ling");
	}

	@Test
	void anOutlookExportKeepsAnAddressThatIsNotOneAndNamesAContactByItsEmail() throws Exception {
		Summary summary = importFile("import/outlook-export-messy.csv", Reading.detected());

		assertEquals(List.of(5, 0, 0, 0, 3), counts(summary));
		Customer lim = named("Wei Jie Lim");
		assertEquals("SG", lim.input().country());
		assertEquals(Set.of("Suppliers", "VIP"), lim.input().tags());
		assertEquals(List.of("+65 6123 4567 ext. 12"), values(lim, ChannelType.PHONE));
		assertEquals(List.of("weijie@limpartners.com.sg", "wj.lim(at)gmail.com"), values(lim, ChannelType.EMAIL));
		assertEquals(List.of("1 Raffles Place #20-01"), values(lim, ChannelType.ADDRESS));
		assertEquals("US", named("Aisyah Rahman").input().country(), "United States");
		assertEquals(CustomerKind.ACCOUNT, named("Harbour Logistics Ltd").input().kind());
		assertEquals("HK", named("Harbour Logistics Ltd").input().country(), "Hong Kong SAR");
		assertEquals("TW", named("Mary Chan").input().country(), "臺灣");
		assertEquals(List.of("+886 912 345 678"), values(named("Mary Chan"), ChannelType.MOBILE), "0000000 left out");
		assertEquals(List.of("orders@kedai-pakali.my"), values(named("orders"), ChannelType.EMAIL));
		List<String> fields = read(summary.warningsFile()).stream().skip(1).map(r -> r.get(0) + " " + r.get(1))
				.toList();
		assertEquals(List.of("2 E-mail 2 Address", "5 Home Phone", "6 E-mail Address"), fields);
	}

	@Test
	void aPhonesVcardExportArrivesCardByCardAndTheWarningsNameTheCard() throws Exception {
		Summary summary = importFile("vcard/phone-export.vcf", Reading.detected());

		assertEquals(List.of(5, 0, 0, 1, 5), counts(summary));
		assertEquals("US", named("Grace Walker").input().country(), "United States");
		assertEquals(List.of("500 Howard St, 94105 San Francisco, CA, United States"),
				values(named("Grace Walker"), ChannelType.ADDRESS));
		assertEquals(List.of("li.na@163.com"), values(named("li.na"), ChannelType.EMAIL), "a card with only an email");
		Customer ravi = named("Ravi Shankar");
		assertEquals("US", ravi.input().country(), "Amerika Syarikat");
		assertEquals(List.of("+60 3-2161 8800 ext. 45"), values(ravi, ChannelType.PHONE));
		assertEquals(List.of("+60 12-3456 78901"), values(ravi, ChannelType.MOBILE));
		assertEquals(List.of("ravi@shankar-textiles.my", "ravi@@shankar"), values(ravi, ChannelType.EMAIL));
		assertEquals("US", named("王小明").input().country(), "美国");
		assertEquals("MY", named("Siti Nurhaliza").input().country(), "馬來西亞, quoted-printable in a 2.1 card");
		List<List<String>> warnings = read(summary.warningsFile());
		assertEquals(List.of("card", "field", "value", "reason"), warnings.get(0));
		assertEquals(List.of("2 EMAIL li.na@163.com", "3 EMAIL ravi@@shankar", "3 TEL +60 12-3456 78901", "4 TEL 无",
				"6 TEL N/A"), warnings.stream().skip(1).map(w -> w.get(0) + " " + w.get(1) + " " + w.get(2)).toList());
		assertEquals("5", read(summary.rejects()).get(1).get(0), "the card with only a note");
	}

	@Test
	void theSummaryLineCountsWarningsToo() throws Exception {
		Path copy = home.resolve("outlook.csv");
		Files.copy(FILES.resolve("import/outlook-export-messy.csv"), copy);
		try (var reader = org.rapport.contacts.internal.io.ContactCsvReader.open(copy, "MY")) {
			var summary = new org.rapport.contacts.internal.imports.ContactImport(database.jdbc(), "MY", "tester")
					.run(reader, home.resolve("outlook.csv.rejects.csv"), OnDuplicate.SKIP, new NullProgressMonitor());
			assertEquals(NLS.bind(Messages.Import_summary, new Object[] { 5, 0, 0, 0, 3 }), summary.text());
			assertEquals(home.resolve("outlook.csv.warnings.csv"), summary.warningsFile(),
					"the warnings file lies beside the rejects file");
			assertFalse(Files.readString(summary.warningsFile()).isBlank());
		}
	}

	private Summary importFile(String name, Reading reading) throws Exception {
		Path copy = home.resolve(Path.of(name).getFileName());
		Files.copy(FILES.resolve(name), copy);
		return transfer.importFile(copy, reading, OnDuplicate.SKIP, new NullProgressMonitor());
	}

	private static List<Integer> counts(Summary s) {
		return List.of(s.imported(), s.merged(), s.skipped(), s.rejected(), s.warnings());
	}

	private Customer named(String name) {
		List<CustomerSummary> found = customers.search(CustomerQuery.all(100)).stream()
				.filter(c -> c.name().equals(name)).toList();
		assertEquals(1, found.size(), name + " in " + customers.search(CustomerQuery.all(100)));
		return customers.find(found.get(0).id()).orElseThrow();
	}

	private static List<String> values(Customer customer, ChannelType type) {
		return customer.input().channels().stream().filter(c -> c.type() == type).map(Channel::value).toList();
	}

	/** The cells of a file Rapport wrote, as a spreadsheet shows them (without the formula guard). */
	static List<List<String>> read(Path file) throws Exception {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.parse(in).getRecords().stream()
					.map(r -> r.toList().stream().map(CsvOutput::cell).toList()).toList();
		}
	}
}
