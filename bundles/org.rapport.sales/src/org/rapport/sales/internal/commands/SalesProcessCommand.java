package org.rapport.sales.internal.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;
import org.rapport.sales.internal.Messages;
import org.rapport.sales.internal.StageFile;

/**
 * {@code sales-process}: the processes and their stages; the company's probability of a stage; the company's own
 * processes, copied from another, their stages exported to and defined from CSV; the default for new opportunities.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=sales-process" })
public class SalesProcessCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private SalesProcesses processes;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String verb = args.isEmpty() ? "list" : args.get(0);
		int expected = switch (verb) {
		case "list" -> 1;
		case "default", "remove" -> 2;
		case "copy", "export", "define" -> 3;
		case "probability" -> 4;
		default -> -1;
		};
		if (args.size() != expected && !(args.isEmpty() && verb.equals("list"))) {
			throw new UsageException(Messages.Process_usage);
		}
		Integer percent = null;
		if (verb.equals("probability") && !args.get(3).equals("default")) {
			try {
				percent = Integer.valueOf(args.get(3));
			} catch (NumberFormatException e) {
				throw new UsageException(Messages.Process_usage);
			}
		}
		Path file = verb.equals("define") || verb.equals("export") ? Path.of(args.get(2)) : null;
		if (verb.equals("define") && !Files.isReadable(file)) {
			err.println(NLS.bind(Messages.Import_unreadable, file, "no such file"));
			return REJECTED;
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			switch (verb) {
			case "probability" -> {
				processes.probability(args.get(1), args.get(2), percent);
				out.println(NLS.bind(Messages.Process_set, new Object[] { args.get(2), args.get(1), args.get(3) }));
			}
			case "copy" -> out.println(NLS.bind(Messages.Process_copied, processes.copy(args.get(1), args.get(2)).id()));
			case "default" -> {
				processes.standard(args.get(1));
				out.println(NLS.bind(Messages.Process_standard, args.get(1)));
			}
			case "remove" -> {
				processes.remove(args.get(1));
				out.println(NLS.bind(Messages.Process_removed, args.get(1)));
			}
			case "export" -> export(args.get(1), file);
			case "define" -> {
				return define(args.get(1), file, out, err);
			}
			default -> list(out);
			}
		} catch (ValidationException e) {
			return rejected(e, err);
		}
		return OK;
	}

	private void list(PrintStream out) {
		String standard = processes.standard().id();
		for (SalesProcess p : processes.list()) {
			String kind = (p.companyOwn() ? "company" : "contributed") + (p.id().equals(standard) ? ",default" : "");
			for (SalesStage s : p.stages()) {
				out.println(String.join("\t", p.id(), kind, s.id(), s.label(), s.probability() + "%", s.outcome().name()));
			}
		}
	}

	private void export(String processId, Path file) throws IOException {
		SalesProcess process = processes.find(processId).orElseThrow(
				() -> new ValidationException("process", NLS.bind(Messages.Opportunity_noProcess, processId)));
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			StageFile.write(process.stages(), out);
		}
	}

	private int define(String processId, Path file, PrintStream out, PrintStream err) throws IOException {
		String name = file.getFileName().toString();
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<SalesStage> stages = StageFile.read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), name);
		SalesProcess process = processes.find(processId).orElse(null);
		try {
			processes.define(processId, process == null ? processId : process.label(), stages);
		} catch (ValidationException e) {
			return rejected(new ValidationException(e.errors().stream().map(f -> StageFile.located(f, name)).toList()), err);
		}
		out.println(NLS.bind(Messages.Process_defined, processId, stages.size()));
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Process_usage;
	}
}
