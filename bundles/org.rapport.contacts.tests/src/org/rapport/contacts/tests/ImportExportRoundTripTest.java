package org.rapport.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.ContactTransfer.Format;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.ContactTransfer.Reading;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.FieldType;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

/**
 * Everything an import keeps exports back and imports again to the same customers: messy exports of a phone, Outlook
 * and an address book, with custom fields, are imported, exported as CSV, vCard 4.0 and vCard 3.0, and each export is
 * imported into a fresh database; people, names, companies, places, channels (those kept as written included), tags
 * and custom values are the same.
 */
class ImportExportRoundTripTest extends WithCustomers {

	private static final Path FILES = Path.of("resources").toAbsolutePath();

	private ContactTransfer transfer;
	private CustomFields fields;

	@BeforeEach
	void services() throws Exception {
		transfer = TestSupport.service(ContactTransfer.class);
		fields = TestSupport.service(CustomFields.class);
	}

	@Test
	void csvAndVcardExportsImportBackToTheSameCustomers() throws Exception {
		defineFields();
		for (String name : List.of("import/phone-export-google.csv", "import/outlook-export-messy.csv",
				"vcard/phone-export.vcf", "import/loyalty-members.csv", "import/google-contacts.csv")) {
			Path copy = home.resolve(Path.of(name).getFileName());
			Files.copy(FILES.resolve(name), copy);
			transfer.importFile(copy, Reading.detected(), OnDuplicate.SKIP, new NullProgressMonitor());
		}
		List<String> imported = everyone();
		assertTrue(imported.size() > 25, imported.toString());
		assertTrue(imported.stream().anyMatch(c -> c.contains("diet=halal;no pork")), "custom values are compared");
		assertTrue(imported.stream().anyMatch(c -> c.contains("EMAIL|unverified|kevin at office")),
				"values kept as written are compared: " + imported);

		List<Path> exports = new ArrayList<>();
		for (Format format : Format.values()) {
			Path file = home.resolve("everyone-" + format + (format == Format.CSV ? ".csv" : ".vcf"));
			assertEquals(imported.size(), transfer.export(file, format, null, null, new NullProgressMonitor()));
			exports.add(file);
		}
		for (Path export : exports) {
			TestSupport.release(database, home);
			Path fresh = Files.createDirectory(home.resolve("fresh-" + export.getFileName()));
			database = TestSupport.freshDatabase(fresh);
			defineFields();
			ContactTransfer.Summary again = transfer.importFile(export, Reading.detected(), OnDuplicate.SKIP,
					new NullProgressMonitor());
			assertEquals(imported.size(), again.imported(), export + ": " + again);
			assertEquals(0, again.rejected(), export.getFileName().toString());
			assertEquals(imported, everyone(), export.getFileName().toString());
		}
	}

	private void defineFields() {
		fields.define(
				new CustomField("diet", "Diet", FieldType.MULTI_CHOICE, List.of("halal", "vegetarian", "no pork")));
		fields.define(new CustomField("nights", "Nights stayed", FieldType.NUMBER, List.of()));
		fields.define(new CustomField("member_since", "Member since", FieldType.DATE, List.of()));
		fields.define(new CustomField("newsletter", "Newsletter", FieldType.BOOLEAN, List.of()));
	}

	/** Every customer as one line of what an import keeps, in name order. */
	private List<String> everyone() {
		TreeMap<String, String> lines = new TreeMap<>();
		for (CustomerSummary summary : customers.search(CustomerQuery.all(500))) {
			CustomerInput in = customers.find(summary.id()).orElseThrow().input();
			TreeSet<String> channels = new TreeSet<>();
			for (Channel c : in.channels()) {
				channels.add(c.type() + "|" + c.label() + "|" + c.value());
			}
			String line = String.join(" / ", summary.name(), in.kind().name(), text(in.givenName()),
					text(in.familyName()), text(in.company()), text(in.jobTitle()), text(in.city()), text(in.region()),
					text(in.country()), text(in.source()), channels.toString(), new TreeSet<>(in.tags()).toString(),
					new TreeMap<>(fields.values(summary.id())).toString());
			lines.put(summary.name() + " " + line, line);
		}
		return List.copyOf(lines.values());
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}
}
