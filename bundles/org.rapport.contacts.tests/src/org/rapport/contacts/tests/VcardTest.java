package org.rapport.contacts.tests;

import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.internal.imports.ContactImport;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.internal.io.VcardReader;
import org.rapport.contacts.internal.io.VcardWriter;

import ezvcard.VCardVersion;

/** vCards as Apple Contacts, Google, Outlook (2.1, quoted-printable) and Android (4.0) write them. */
class VcardTest extends WithCustomers {

	private static final Path FILES = Path.of("resources", "vcard").toAbsolutePath();

	@Test
	void cardsFromFourAddressBooksArriveWithTheirNamesChannelsAndCategories() throws Exception {
		assertEquals(2, importFile(FILES.resolve("apple-contacts.vcf")).imported());
		assertEquals(2, importFile(FILES.resolve("google-contacts.vcf")).imported());
		assertEquals(1, importFile(FILES.resolve("outlook-contact.vcf")).imported());
		assertEquals(1, importFile(FILES.resolve("android-v4.vcf")).imported());

		Customer tan = only("mei ling");
		assertEquals(Set.of("VIP", "Customers"), tan.input().tags());
		assertEquals("Kuala Lumpur", tan.input().city());
		assertEquals("MY", tan.input().country());
		assertTrue(tan.input().channels().stream().anyMatch(c -> c.type() == ChannelType.MOBILE && c.value().equals("+60 12-345 6789")));
		assertEquals("陳大文", only("cdw").name());
		assertEquals("张伟", only("zhangw").name());
		assertEquals("华信贸易有限公司", only("zhangw").input().company());
		assertEquals(CustomerKind.ACCOUNT, only("gemilang").input().kind());
		assertEquals(Set.of("Customers"), only("nurul").input().tags());
		assertEquals("Zoë Müller", only("zoe").name());
	}

	@Test
	void anExportReadsBackTheSameCustomersInVersion3And4() throws Exception {
		importFile(FILES.resolve("apple-contacts.vcf"));
		importFile(FILES.resolve("google-contacts.vcf"));
		for (VCardVersion version : List.of(VCardVersion.V3_0, VCardVersion.V4_0)) {
			Path file = home.resolve("export-" + version.getVersion() + ".vcf");
			assertEquals(4, VcardWriter.export(database.jdbc(), file, org.rapport.contacts.internal.io.ExportSelection.ALL, version));
			assertTrue(Files.readString(file).contains("VERSION:" + version.getVersion()));
			List<String> names = new java.util.ArrayList<>();
			try (VcardReader reader = VcardReader.open(file, "MY")) {
				reader.forEachRemaining(row -> names.add(row.input().givenName() + "|" + row.input().familyName() + "|"
						+ row.input().channels().size() + "|" + row.errors().size()));
			}
			// Email, mobile, work phone and the street address Apple's card has.
			assertTrue(names.contains("Mei Ling|Tan|4|0"), names.toString());
			assertTrue(names.contains("大文|陳|2|0"), names.toString());
			assertEquals(4, names.size());
		}
	}

	private ContactImport.Summary importFile(Path file) throws Exception {
		try (VcardReader reader = VcardReader.open(file, "MY")) {
			return new ContactImport(database.jdbc(), "MY", "tester").run(reader, home.resolve("rejects.csv"),
					OnDuplicate.SKIP, new NullProgressMonitor());
		}
	}

	private Customer only(String typed) {
		List<CustomerSummary> found = customers.search(CustomerQuery.matching(typed, 5));
		assertEquals(1, found.size(), typed + " found " + found);
		return customers.find(found.get(0).id()).orElseThrow();
	}
}
