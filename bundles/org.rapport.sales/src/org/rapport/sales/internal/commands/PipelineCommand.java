package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.io.StringWriter;
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
import org.rapport.sales.internal.SalesReports;

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
		if (format.equals("text")) {
			stages.forEach(s -> out.println(String.join("\t", s.stageId(), s.label(), String.valueOf(s.count()),
					text(s.total()), text(s.weighted()))));
			return OK;
		}
		// Written whole, then printed: the console stream keeps its own encoding.
		StringWriter file = new StringWriter();
		if (format.equals("csv")) {
			SalesReports.pipelineCsv(stages, file);
		} else {
			SalesReports.pipelineJson(stages, file);
		}
		out.print(file);
		return OK;
	}

	private static String text(Map<String, Money> amounts) {
		return amounts.values().stream().map(Money::toString).collect(Collectors.joining(" + "));
	}

	@Override
	public String usage() {
		return Messages.Pipeline_usage;
	}
}
