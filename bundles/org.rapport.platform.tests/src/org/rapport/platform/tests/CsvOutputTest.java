package org.rapport.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rapport.platform.csv.CsvOutput;

/**
 * The one CSV writer: what a spreadsheet would run as a formula is written as text, amounts stay numbers, RFC 4180
 * quoting holds, and Rapport reads back exactly what it wrote.
 */
class CsvOutputTest {

	@Test
	void formulaStartsAreWrittenAsTextAndAmountsAsNumbers() throws IOException {
		assertEquals(
				List.of("'=SUM(A1)", "'+1", "'-cmd", "'@x", "'\tindented", "'\rreturn", "-12.50", "12.50", "0", ""),
				cells("=SUM(A1)", "+1", "-cmd", "@x", "\tindented", "\rreturn", "-12.50", "12.50", "0", ""));
		assertEquals(List.of("'=HYPERLINK(\"http://x\")", "'+60 12-765 4321", "'+60123456789", "a=b", "Tan Mei Ling"),
				cells("=HYPERLINK(\"http://x\")", "+60 12-765 4321", "+60123456789", "a=b", "Tan Mei Ling"));
	}

	@Test
	void aCommaQuoteOrLineBreakIsQuotedAndTheHeaderIsGuardedToo() throws IOException {
		StringWriter out = new StringWriter();
		try (CsvOutput csv = CsvOutput.to(out)) {
			csv.row("name", "=note");
			csv.row("Harmoni Sdn Bhd, KL", "She said \"call me\"");
			csv.row("two\nlines", null);
		}
		assertEquals("name,'=note\r\n\"Harmoni Sdn Bhd, KL\",\"She said \"\"call me\"\"\"\r\n\"two\nlines\",\r\n",
				out.toString());
	}

	@Test
	void whatIsWrittenReadsBackAsItWasWithCell() throws IOException {
		List<String> values = List.of("=SUM(A1)", "+1", "-cmd", "@x", "\tx", "-12.50", "'=already quoted", "''@two",
				"'-12.50", "'plain", "'", "=", "陈美玲 \"Boss\" \\ ,\nline", "=HYPERLINK(\"http://x\")", "");
		StringWriter out = new StringWriter();
		try (CsvOutput csv = CsvOutput.to(out)) {
			csv.row(values);
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()), CSVFormat.DEFAULT)) {
			CSVRecord row = parser.getRecords().get(0);
			for (int i = 0; i < values.size(); i++) {
				assertEquals(values.get(i), CsvOutput.cell(row.get(i)), "column " + i + " of " + out);
			}
		}
		assertEquals("'hand-written", CsvOutput.cell("'hand-written"), "an apostrophe this did not add stays");
	}

	/** The cells of one written row, as a spreadsheet reads them. */
	private static List<String> cells(String... values) throws IOException {
		StringWriter out = new StringWriter();
		try (CsvOutput csv = CsvOutput.to(out)) {
			csv.row((Object[]) values);
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()), CSVFormat.DEFAULT)) {
			return parser.getRecords().get(0).toList();
		}
	}
}
