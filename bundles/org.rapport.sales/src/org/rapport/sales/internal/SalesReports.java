package org.rapport.sales.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rapport.platform.csv.CsvOutput;
import org.rapport.platform.money.Money;
import org.rapport.sales.Forecast;
import org.rapport.sales.PipelineStage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;

/**
 * The pipeline and the forecast as the {@code pipeline} and {@code forecast} commands give them to other programs:
 * CSV through {@link CsvOutput}, so that a stage or a team named like a formula stays text in a spreadsheet, and JSON
 * written by Jackson. Amounts are plain decimals; each method writes to {@code out} and closes it.
 */
public final class SalesReports {

	private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.build();

	private SalesReports() {
	}

	/** One row per stage and currency (in alphabetical order): stage, label, count, currency, total, weighted. */
	public static void pipelineCsv(List<PipelineStage> stages, Writer out) throws IOException {
		try (CsvOutput csv = CsvOutput.to(out)) {
			csv.row("stage", "label", "count", "currency", "total", "weighted");
			for (PipelineStage s : stages) {
				for (String currency : new TreeMap<>(s.total()).keySet()) {
					csv.row(s.stageId(), s.label(), s.count(), currency, plain(s.total().get(currency)),
							plain(s.weighted().get(currency)));
				}
			}
		}
	}

	/** An array with one object a line per stage: stage, label, count, and total and weighted by currency. */
	public static void pipelineJson(List<PipelineStage> stages, Writer out) throws IOException {
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.setPrettyPrinter(oneStageALine());
			json.writeStartArray();
			for (PipelineStage s : stages) {
				json.writeStartObject();
				json.writeStringField("stage", s.stageId());
				json.writeStringField("label", s.label());
				json.writeNumberField("count", s.count());
				amounts(json, "total", s.total());
				amounts(json, "weighted", s.weighted());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeRaw('\n');
		}
	}

	/**
	 * One row under a header: from, to, owner, currency, closed, weighted, expected, pipeline, best_case, quota.
	 *
	 * @param whose the login or team the forecast is for, or empty for the company
	 */
	public static void forecastCsv(Forecast f, String whose, Writer out) throws IOException {
		try (CsvOutput csv = CsvOutput.to(out)) {
			csv.row("from", "to", "owner", "currency", "closed", "weighted", "expected", "pipeline", "best_case",
					"quota");
			csv.row(f.from(), f.to(), whose, f.currency(), plain(f.closed()), plain(f.weighted()),
					plain(f.expected()), plain(f.pipeline()), plain(f.bestCase()), plain(f.quota()));
		}
	}

	/**
	 * One object on one line with the same fields as {@link #forecastCsv}, amounts as numbers.
	 *
	 * @param whose the login or team the forecast is for, or empty for the company
	 */
	public static void forecastJson(Forecast f, String whose, Writer out) throws IOException {
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringField("from", f.from().toString());
			json.writeStringField("to", f.to().toString());
			json.writeStringField("owner", whose);
			json.writeStringField("currency", f.currency());
			json.writeNumberField("closed", f.closed().amount());
			json.writeNumberField("weighted", f.weighted().amount());
			json.writeNumberField("expected", f.expected().amount());
			json.writeNumberField("pipeline", f.pipeline().amount());
			json.writeNumberField("best_case", f.bestCase().amount());
			json.writeNumberField("quota", f.quota().amount());
			json.writeEndObject();
			json.writeRaw('\n');
		}
	}

	private static void amounts(JsonGenerator json, String name, Map<String, Money> amounts) throws IOException {
		json.writeObjectFieldStart(name);
		for (Map.Entry<String, Money> e : new TreeMap<>(amounts).entrySet()) {
			json.writeNumberField(e.getKey(), e.getValue().amount());
		}
		json.writeEndObject();
	}

	/** As before Jackson: one stage a line, readable in a terminal and by line-oriented tools. */
	private static DefaultPrettyPrinter oneStageALine() {
		Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Spacing.AFTER)
				.withObjectEntrySpacing(Spacing.AFTER).withObjectEmptySeparator("");
		return new DefaultPrettyPrinter(separators).withArrayIndenter(new DefaultIndenter("  ", "\n"))
				.withObjectIndenter(new DefaultIndenter("", ""));
	}

	private static String plain(Money money) {
		BigDecimal amount = money == null ? null : money.amount();
		return amount == null ? null : amount.toPlainString();
	}
}
