package org.rapport.contacts.engagement.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.Task;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.SecurityContext;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Reminds the user, in a small window at the bottom right of the workbench, of tasks falling due and of
 * appointments starting within a quarter of an hour. Looks every minute; says each thing once.
 */
public class Reminders {

	private static final long EVERY = 60_000;
	private static final Duration TASKS_AHEAD = Duration.ofMinutes(5);
	private static final Duration APPOINTMENTS_AHEAD = Duration.ofMinutes(15);

	private final Set<String> told = new HashSet<>();
	private Job job;

	@PostConstruct
	void start(UISynchronize ui, Database database, SecurityContext security, Tasks tasks, TeamCalendar calendar) {
		String me = security.currentLogin();
		job = Job.create(Messages.Reminder_title, (IProgressMonitor monitor) -> {
			if (database.isOpen()) {
				List<String> lines = due(tasks, calendar, me);
				if (!lines.isEmpty()) {
					ui.asyncExec(() -> show(lines));
				}
			}
			job.schedule(EVERY);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule(5_000);
	}

	@PreDestroy
	void stop() {
		if (job != null) {
			job.cancel();
		}
	}

	/** What is due and not yet told. */
	List<String> due(Tasks tasks, TeamCalendar calendar, String me) {
		Instant now = Instant.now();
		List<String> lines = new ArrayList<>();
		try {
			for (Task t : tasks.dueBy(me, now.plus(TASKS_AHEAD))) {
				if (told.add("task:" + t.id())) {
					lines.add(NLS.bind(Messages.Reminder_task, When.shortly(t.due()), t.title()));
				}
			}
			for (Appointment a : calendar.between(List.of(me), now, now.plus(APPOINTMENTS_AHEAD))) {
				if (!a.start().isBefore(now) && told.add("appointment:" + a.id())) {
					lines.add(NLS.bind(Messages.Reminder_appointment, When.shortly(a.start()), a.title()));
				}
			}
		} catch (RuntimeException e) {
			// The database went away (restore, settings changed): try again next time.
			return List.of();
		}
		return lines;
	}

	private static void show(List<String> lines) {
		Display display = Display.getDefault();
		Shell parent = display.getActiveShell() != null ? display.getActiveShell() : null;
		Shell popup = parent == null ? new Shell(display, SWT.ON_TOP | SWT.TOOL | SWT.TITLE | SWT.CLOSE)
				: new Shell(parent, SWT.ON_TOP | SWT.TOOL | SWT.TITLE | SWT.CLOSE);
		popup.setText(Messages.Reminder_title);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(popup);
		Label text = new Label(popup, SWT.WRAP);
		text.setText(String.join("\n", lines.subList(0, Math.min(lines.size(), 12))));
		GridDataFactory.fillDefaults().grab(true, true).hint(360, SWT.DEFAULT).applyTo(text);
		Button dismiss = new Button(popup, SWT.PUSH);
		dismiss.setText(Messages.Reminder_dismiss);
		dismiss.addListener(SWT.Selection, e -> popup.close());
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(dismiss);
		popup.pack();
		Rectangle area = parent != null ? parent.getBounds() : display.getPrimaryMonitor().getClientArea();
		popup.setLocation(area.x + area.width - popup.getSize().x - 16, area.y + area.height - popup.getSize().y - 40);
		popup.setVisible(true);
	}

}
