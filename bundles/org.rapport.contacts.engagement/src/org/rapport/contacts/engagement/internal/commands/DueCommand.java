package org.rapport.contacts.engagement.internal.commands;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.Task;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.contacts.engagement.internal.Messages;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.SecurityContext;

/**
 * {@code due [--owner LOGIN] [--within MINUTES]}: open tasks due by then (overdue ones too) and appointments
 * starting by then, one a line: what a reminder would show. For scripts that send reminders by mail or chat.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=due" })
public class DueCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private Tasks tasks;

	@Reference
	private TeamCalendar calendar;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String owner = security.currentLogin();
		long minutes = 60;
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--owner") && i + 1 < args.size()) {
				owner = args.get(++i);
			} else if (args.get(i).equals("--within") && i + 1 < args.size()) {
				try {
					minutes = Long.parseLong(args.get(++i));
				} catch (NumberFormatException e) {
					throw new UsageException(Messages.Due_usage);
				}
			} else {
				throw new UsageException(Messages.Due_usage);
			}
		}
		if (minutes < 0) {
			throw new UsageException(Messages.Due_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		Instant now = Instant.now();
		Instant until = now.plus(Duration.ofMinutes(minutes));
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());
		List<Task> due = tasks.dueBy(owner, until);
		for (Task t : due) {
			// The first column stays English: scripts read it.
			out.println("task\t" + when.format(t.due()) + "\t" + t.title());
		}
		List<Appointment> coming = calendar.between(List.of(owner), now, until).stream()
				.filter(a -> !a.start().isBefore(now)).toList();
		for (Appointment a : coming) {
			out.println("appointment\t" + when.format(a.start()) + "\t" + a.title());
		}
		if (due.isEmpty() && coming.isEmpty()) {
			err.println(Messages.Due_nothing);
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Due_usage;
	}
}
