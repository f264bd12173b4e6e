package org.rapport.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.ContactTransfer.OnDuplicate;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.imports.ContactImport;
import org.rapport.contacts.internal.io.ContactCsvReader;
import org.rapport.contacts.internal.io.ContactFileRefused;
import org.rapport.contacts.internal.io.ImportRow;
import org.rapport.contacts.internal.io.VcardReader;
import org.rapport.contacts.testing.WithCustomers;

/**
 * Files too large to hold in memory in one piece are refused with the line where the piece starts, after reading
 * little more than the limit: a 2 GB value (a quote never closed), a 2 GB line without a line break, a vCard with a
 * 2 GB photo, folded or not. The text is generated as it is read, never written to disk.
 */
class ImportLimitsTest extends WithCustomers {

	private static final long TWO_GB = 2L << 30;
	private static final long MB = 1 << 20;
	private static final Duration QUICKLY = Duration.ofSeconds(30);

	@Test
	void aValueThatNeverEndsIsRefusedWithTheLineItStartsOn() {
		// Lines 2 to 4 are one record: its quoted value has two line breaks.
		String start = "Name,Notes\nAli Hassan,\"line one\nline two\nline three\"\nSiti Rahmah,ok\nHuge,\"";
		GeneratedText text = new GeneratedText(start, "x", TWO_GB);

		ContactFileRefused refused = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(ContactFileRefused.class,
				() -> readAll(csv("endless.csv", start, text))));

		assertEquals(NLS.bind(Messages.Import_fieldTooLarge, new Object[] { "endless.csv", 6, 1 }),
				refused.getMessage());
		assertTrue(text.served() < 2 * MB, "read " + text.served());
	}

	@Test
	void aFileWithoutALineBreakIsRefusedAtLineOne() {
		GeneratedText text = new GeneratedText("Name,Email,", "Ali,ali@example.my,", TWO_GB);

		ContactFileRefused refused = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(ContactFileRefused.class,
				() -> readAll(csv("one-line.csv", "Name,Email,", text))));

		assertEquals(NLS.bind(Messages.Import_rowTooLarge, new Object[] { "one-line.csv", 1, 10 }),
				refused.getMessage());
		assertTrue(text.served() < 11 * MB, "read " + text.served());
	}

	@Test
	void aRefusedFileImportsNothingOfWhatCameBefore() throws Exception {
		String start = "Name,Email\nAli Hassan,ali@example.my\nSiti Rahmah,siti@example.my\nHuge,\"";
		try (ContactCsvReader reader = csv("late.csv", start, new GeneratedText(start, "y", TWO_GB))) {
			ContactImport importer = new ContactImport(database.jdbc(), "MY", "tester");
			ContactFileRefused refused = assertThrows(ContactFileRefused.class,
					() -> importer.run(reader, home.resolve("late.csv.rejects.csv"), OnDuplicate.SKIP,
							new NullProgressMonitor()));
			assertTrue(refused.getMessage().contains("late.csv"), refused.getMessage());
		}
		assertEquals(List.of(), customers.search(CustomerQuery.all(10)), "all or nothing");
	}

	@Test
	void aVcardLargerThanTheLimitIsRefusedWithItsNumberAndLine() {
		String start = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ali Hassan\r\nEND:VCARD\r\n"
				+ "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:\r\n";
		// A photo folded into lines of 76 characters, as vCard writers fold.
		String folded = " QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2\r\n";
		GeneratedText text = new GeneratedText(start, folded, TWO_GB);

		ContactFileRefused refused = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(ContactFileRefused.class,
				() -> readAll(VcardReader.read(Path.of("photos.vcf"), text, List.of(), "MY", false))));

		assertEquals(NLS.bind(Messages.Import_cardTooLarge, new Object[] { "photos.vcf", 2, 5, 20 }),
				refused.getMessage());
		assertTrue(text.served() < 21 * MB, "read " + text.served());
	}

	@Test
	void aVcardLineWithoutEndIsRefusedWithItsLine() {
		String start = "BEGIN:VCARD\r\nVERSION:3.0\r\nPHOTO;ENCODING=b;TYPE=JPEG:";
		GeneratedText text = new GeneratedText(start, "QUJDREVG", TWO_GB);

		ContactFileRefused refused = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(ContactFileRefused.class,
				() -> readAll(VcardReader.read(Path.of("photo.vcf"), text, List.of(), "MY", false))));

		assertEquals(NLS.bind(Messages.Import_lineTooLarge, new Object[] { "photo.vcf", 3, 10 }), refused.getMessage());
		assertTrue(text.served() < 11 * MB, "read " + text.served());
	}

	@Test
	void valuesUnderTheLimitsAreReadWhole() throws Exception {
		String big = "z".repeat(900_000);
		String file = "Name,Notes\nAli Hassan,\"" + big + "\"\nSiti Rahmah,ok\n";
		List<ImportRow> rows = readAll(csv("big.csv", file, new GeneratedText(file, "\n", file.length())));
		assertEquals(List.of(2L, 3L), rows.stream().map(ImportRow::line).toList());
	}

	/** A CSV reader on generated text: the first opening (to find the separator) reads the start only. */
	private static ContactCsvReader csv(String name, String start, GeneratedText text) throws Exception {
		boolean[] opened = new boolean[1];
		return new ContactCsvReader(Path.of(name), () -> {
			if (opened[0]) {
				return text;
			}
			opened[0] = true;
			return new java.io.StringReader(start);
		}, StandardCharsets.UTF_8, null, "MY", false);
	}

	private static List<ImportRow> readAll(java.util.Iterator<ImportRow> rows) throws Exception {
		List<ImportRow> all = new ArrayList<>();
		try (AutoCloseable closing = (AutoCloseable) rows) {
			rows.forEachRemaining(all::add);
		}
		return all;
	}
}
