package org.rapport.contacts.tests;

import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.internal.io.ContactCsvExport;
import org.rapport.contacts.internal.io.ExportSelection;

class ContactExportTest extends WithCustomers {

	@Test
	void anExportOpensSafelyInASpreadsheetWithChineseIntact() throws Exception {
		customers.create(CustomerInput.person("三", "张", "=HYPERLINK(\"http://evil.example\",\"click\")",
				"zhangsan@qq.com", "+86 138 1234 5678"));
		customers.create(CustomerInput.person("Aminah", "binti Yusof", "@SUM(A1:A9)", "aminah@example.my", null));
		Path file = home.resolve("customers.csv");

		assertEquals(2, ContactCsvExport.export(database.jdbc(), file, ExportSelection.ALL, new NullProgressMonitor()));

		byte[] bytes = Files.readAllBytes(file);
		assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark for spreadsheet programs");
		List<CSVRecord> rows = read(file);
		assertEquals("Name", rows.get(0).get(0).replace("\ufeff", ""));
		CSVRecord zhang = rows.stream().filter(r -> r.get(0).equals("张三")).findFirst().orElseThrow();
		assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", zhang.get(3));
		assertEquals("'+86 138 1234 5678", zhang.get(6));
		assertTrue(rows.stream().anyMatch(r -> r.get(3).equals("'@SUM(A1:A9)")));
	}

	@Test
	void anExportByTagHoldsOnlyTheTaggedCustomers() throws Exception {
		CustomerInput vip = CustomerInput.person("Grace", "Teo", null, "grace@example.sg", null);
		customers.create(new CustomerInput(vip.kind(), null, vip.givenName(), vip.familyName(), null, null, null, null,
				null, null, null, null, null, null, null, null, true, null, vip.channels(), Set.of("newsletter"), null,
				null, null, null, null));
		customers.create(CustomerInput.person("Ali", "Hassan", null, "ali@example.my", null));
		Path file = home.resolve("newsletter.csv");
		assertEquals(1, ContactCsvExport.export(database.jdbc(), file, new ExportSelection("newsletter", null), new NullProgressMonitor()));
		assertEquals("Grace Teo", read(file).get(1).get(0));
	}

	private static List<CSVRecord> read(Path file) throws Exception {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.parse(in).getRecords();
		}
	}
}
