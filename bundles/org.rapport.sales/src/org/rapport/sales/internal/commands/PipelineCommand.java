package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Forecasts;
import org.rapport.sales.PipelineStage;
import org.rapport.sales.internal.Messages;

/**
 * {@code pipeline [--process ID] [--owner LOGIN] [--format text|csv|json]}: one line per stage, in the
 * process's order, with the count, total and weighted amounts per currency.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=pipeline" })
public class PipelineCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Forecasts forecasts;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String process = null;
		String owner = null;
		String format = "text";
		if (args.size() % 2 != 0) {
			throw new UsageException(Messages.Pipeline_usage);
		}
		for (int i = 0; i < args.size(); i += 2) {
			switch (args.get(i)) {
			case "--process" -> process = args.get(i + 1);
			case "--owner" -> owner = args.get(i + 1);
			case "--format" -> format = args.get(i + 1);
			default -> throw new UsageException(Messages.Pipeline_usage);
			}
		}
		if (!List.of("text", "csv", "json").contains(format)) {
			throw new UsageException(Messages.Pipeline_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		List<PipelineStage> stages;
		try {
			stages = forecasts.pipeline(process, owner);
		} catch (ValidationException e) {
			return rejected(e, err);
		}
		switch (format) {
		case "csv" -> {
			out.println("stage,label,count,currency,total,weighted");
			for (PipelineStage s : stages) {
				for (String currency : s.total().keySet()) {
					out.println(String.join(",", s.stageId(), quote(s.label()), String.valueOf(s.count()), currency,
							s.total().get(currency).amount().toPlainString(),
							s.weighted().get(currency).amount().toPlainString()));
				}
			}
		}
		case "json" -> out.println(stages.stream().map(PipelineCommand::json)
				.collect(Collectors.joining(",\n  ", "[\n  ", "\n]")));
		default -> stages.forEach(s -> out.println(String.join("\t", s.stageId(), s.label(), String.valueOf(s.count()),
				text(s.total()), text(s.weighted()))));
		}
		return OK;
	}

	private static String text(Map<String, Money> amounts) {
		return amounts.values().stream().map(Money::toString).collect(Collectors.joining(" + "));
	}

	private static String json(PipelineStage s) {
		return "{\"stage\": \"" + s.stageId() + "\", \"label\": \"" + s.label().replace("\"", "\\\"") + "\", \"count\": "
				+ s.count() + ", \"total\": " + amounts(s.total()) + ", \"weighted\": " + amounts(s.weighted()) + "}";
	}

	private static String amounts(Map<String, Money> amounts) {
		return amounts.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue().amount().toPlainString())
				.collect(Collectors.joining(", ", "{", "}"));
	}

	private static String quote(String s) {
		return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	@Override
	public String usage() {
		return Messages.Pipeline_usage;
	}
}
