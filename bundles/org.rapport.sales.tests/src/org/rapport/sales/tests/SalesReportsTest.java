package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.csv.CsvOutput;
import org.rapport.platform.money.Money;
import org.rapport.sales.Forecast;
import org.rapport.sales.Forecasts;
import org.rapport.sales.Opportunities;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.PipelineStage;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;
import org.rapport.sales.internal.SalesReports;
import org.rapport.sales.internal.StageFile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * What the sales module writes for spreadsheets and other programs (a process's stage file, the pipeline and the
 * forecast as CSV and JSON): a stage or team named like a spreadsheet formula stays text, amounts stay numbers, the
 * stage file reads back to the same stages, and the JSON parses with every character of a name intact.
 */
class SalesReportsTest extends WithCustomers {

	private static final String FORMULA = "=HYPERLINK(\"http://x\")";
	private static final String ODD = "Tan \"Boss\" \\ 陈美玲\n第二期";

	private SalesProcesses processes;
	private Opportunities opportunities;
	private Forecasts forecasts;
	private Customer harmoni;
	private final LocalDate close = LocalDate.now().plusDays(20);

	@BeforeEach
	void services() throws Exception {
		processes = TestSupport.service(SalesProcesses.class);
		opportunities = TestSupport.service(Opportunities.class);
		forecasts = TestSupport.service(Forecasts.class);
		harmoni = customers.create(CustomerInput.person("Mei Ling", "Tan", "Harmoni Sdn Bhd", "meiling@harmoni.my",
				null));
	}

	@Test
	void aStageNamedLikeAFormulaIsTextInTheStageFileAndReadsBackAsNamed() throws IOException {
		SalesProcess process = named(FORMULA, ODD);
		StringWriter file = new StringWriter();
		StageFile.write(process.stages(), file);

		List<CSVRecord> rows = rows(file.toString());
		assertEquals(List.of("stage", "name", "probability", "outcome", "signals"), rows.get(0).toList());
		CSVRecord proposal = rows.stream().filter(r -> r.get(0).equals("proposal")).findFirst().orElseThrow();
		assertEquals("'" + FORMULA, proposal.get(1), file.toString());
		assertEquals("30", proposal.get(2));
		assertEquals("'@mention the budget | =1+1", proposal.get(4), "the signals' cell starts with a formula start");

		List<SalesStage> read = StageFile.read(new StringReader(file.toString()), "stages.csv");
		assertEquals(process.stages(), read);
		SalesProcess again = processes.define(process.id(), process.label(), read);
		assertEquals(FORMULA, again.stage("proposal").orElseThrow().label());
		assertEquals(ODD, again.stage("decision").orElseThrow().label());
	}

	@Test
	void thePipelineAsCsvKeepsAFormulaNamedStageAsTextAndAsJsonParsesWithTheNameIntact() throws IOException {
		SalesProcess process = named(FORMULA, ODD);
		opportunities.create(new OpportunityInput(harmoni.id(), FORMULA, Money.of("20000", "MYR"), close, process.id(),
				"proposal", null, null));
		opportunities.create(new OpportunityInput(harmoni.id(), ODD, Money.of("5000", "SGD"), close, process.id(),
				"decision", null, null));
		List<PipelineStage> pipeline = forecasts.pipeline(process.id(), null);

		StringWriter csv = new StringWriter();
		SalesReports.pipelineCsv(pipeline, csv);
		List<CSVRecord> rows = rows(csv.toString());
		assertEquals(List.of("stage", "label", "count", "currency", "total", "weighted"), rows.get(0).toList());
		CSVRecord proposal = rows.stream().filter(r -> r.get(0).equals("proposal")).findFirst().orElseThrow();
		assertEquals(List.of("proposal", "'" + FORMULA, "1", "MYR", "20000.00", "6000.00"), proposal.toList());
		CSVRecord decision = rows.stream().filter(r -> r.get(0).equals("decision")).findFirst().orElseThrow();
		assertEquals(ODD, decision.get(1), "no formula start: written as it is, quoted");

		StringWriter json = new StringWriter();
		SalesReports.pipelineJson(pipeline, json);
		assertTrue(json.toString().contains("\n  {\"stage\": \"proposal\", "), "one stage a line: " + json);
		assertEquals(pipeline.stream().map(PipelineStage::label).toList(), strings(json.toString(), "label"));
		assertTrue(strings(json.toString(), "label").containsAll(List.of(FORMULA, ODD)), json.toString());
		assertEquals(List.of(new BigDecimal("20000.00")), numbers(json.toString(), "MYR").subList(0, 1));
	}

	@Test
	void theForecastAsCsvKeepsAFormulaNamedTeamAsTextAndAsJsonParsesWithTheNameIntact() throws IOException {
		opportunities.create(new OpportunityInput(harmoni.id(), "Won deal", Money.of("10000", "MYR"), close, null,
				"won", null, null));
		opportunities.create(new OpportunityInput(harmoni.id(), "Proposal", Money.of("20000", "MYR"), close, null,
				"proposal", null, null));
		Forecast f = forecasts.forecast(LocalDate.now(), close.plusDays(5), null, "MYR");

		StringWriter csv = new StringWriter();
		SalesReports.forecastCsv(f, FORMULA, csv);
		List<CSVRecord> rows = rows(csv.toString());
		assertEquals(List.of("from", "to", "owner", "currency", "closed", "weighted", "expected", "pipeline",
				"best_case", "quota"), rows.get(0).toList());
		assertEquals(List.of(LocalDate.now().toString(), close.plusDays(5).toString(), "'" + FORMULA, "MYR",
				"10000.00", "6000.00", "16000.00", "20000.00", "30000.00", "0.00"), rows.get(1).toList());
		assertEquals(FORMULA, CsvOutput.cell(rows.get(1).get(2)));

		StringWriter json = new StringWriter();
		SalesReports.forecastJson(f, ODD, json);
		assertEquals(List.of(ODD), strings(json.toString(), "owner"));
		assertEquals(List.of(new BigDecimal("16000.00")), numbers(json.toString(), "expected"));
		assertEquals(1, json.toString().strip().lines().count(), "one line: " + json);
	}

	/** A copy of the standard process with the proposal and decision stages renamed, and an odd signal. */
	private SalesProcess named(String proposal, String decision) {
		SalesProcess copy = processes.copy(processes.standard().id(), "Key Accounts");
		List<SalesStage> stages = new ArrayList<>();
		for (SalesStage s : copy.stages()) {
			String label = Map.of("proposal", proposal, "decision", decision).getOrDefault(s.id(), s.label());
			List<String> signals = s.id().equals("proposal") ? List.of("@mention the budget", "=1+1") : s.signals();
			stages.add(new SalesStage(s.id(), label, s.probability(), s.outcome(), signals));
		}
		return processes.define(copy.id(), copy.label(), stages);
	}

	private static List<CSVRecord> rows(String text) throws IOException {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
			return parser.getRecords();
		}
	}

	/** Every string value of the named field, reading the whole document: it must parse. */
	static List<String> strings(String json, String field) throws IOException {
		List<String> found = new ArrayList<>();
		each(json, field, p -> found.add(p.getText()));
		return found;
	}

	private static List<BigDecimal> numbers(String json, String field) throws IOException {
		List<BigDecimal> found = new ArrayList<>();
		each(json, field, p -> found.add(p.getDecimalValue()));
		return found;
	}

	private static void each(String json, String field, Value value) throws IOException {
		try (JsonParser parser = new JsonFactory().createParser(json)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.FIELD_NAME && parser.currentName().equals(field)) {
					parser.nextToken();
					value.read(parser);
				}
			}
		}
	}

	private interface Value {
		void read(JsonParser parser) throws IOException;
	}
}
