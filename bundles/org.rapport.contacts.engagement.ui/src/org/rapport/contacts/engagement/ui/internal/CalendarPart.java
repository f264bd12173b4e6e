package org.rapport.contacts.engagement.ui.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.CalendarFiles;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

import jakarta.annotation.PostConstruct;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.rapport.contacts.engagement.EngagementTopics;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.ui.Reload;

/**
 * The team calendar: a week (Monday or Sunday first, by locale) from 08:00 to 20:00 or the hours chosen, my
 * appointments and, beside them, those of the colleagues I tick. Double-click a free slot to plan, an
 * appointment to change it; a conflict is named before anything is saved.
 */
public class CalendarPart {

	private static final String HOURS_KEY = "rapport.calendar.hours";
	private static final String COLLEAGUES_KEY = "rapport.calendar.colleagues";
	private static final int[][] HOURS = { { 8, 20 }, { 7, 22 }, { 0, 24 } };

	private TeamCalendar calendar;
	private CalendarFiles files;
	private List<User> colleagues = List.of();
	private String me;
	private WeekView week;
	private Table picked;
	private Combo hours;
	private Label title;
	private LocalDate first;
	private MPart part;
	private Appointment selected;
	/** Outcomes typed for an appointment that was not recorded as held, offered again by appointment id. */
	private final java.util.Map<Long, String> unsavedOutcomes = new java.util.HashMap<>();
	private Directory directory;
	private Loader loader;

	@PostConstruct
	void create(Composite parent, TeamCalendar teamCalendar, CalendarFiles calendarFiles, Directory directory,
			SecurityContext security, Database database, MPart part, IEventBroker broker) {
		this.calendar = teamCalendar;
		this.files = calendarFiles;
		this.me = security.currentLogin();
		this.part = part;
		first = WeekView.weekOf(LocalDate.now(), Locale.getDefault());
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(9).applyTo(bar);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(bar);
		button(bar, Messages.Calendar_previous, () -> move(-1));
		button(bar, Messages.Calendar_today, () -> {
			first = WeekView.weekOf(LocalDate.now(), Locale.getDefault());
			reload();
		});
		button(bar, Messages.Calendar_next, () -> move(1));
		title = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		new Label(bar, SWT.NONE).setText(Messages.Calendar_hours);
		hours = new Combo(bar, SWT.READ_ONLY);
		for (int[] h : HOURS) {
			hours.add(String.format("%02d:00-%02d:00", h[0], h[1]));
		}
		String remembered = part.getPersistedState().get(HOURS_KEY);
		hours.select(remembered == null ? 0 : Integer.parseInt(remembered));
		hours.addListener(SWT.Selection, e -> {
			part.getPersistedState().put(HOURS_KEY, String.valueOf(hours.getSelectionIndex()));
			reload();
		});
		button(bar, Messages.Calendar_new, () -> plan(LocalDateTime.now().withMinute(0).plusHours(1), me));
		button(bar, Messages.Calendar_export, this::exportWeek);
		button(bar, Messages.Calendar_import, this::importFile);
		week = new WeekView(parent, this::plan, this::open);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(week.control());
		week.control().setMenu(appointmentMenu());
		week.control().addListener(SWT.MenuDetect, e -> {
			org.eclipse.swt.graphics.Point at = week.control().toControl(e.x, e.y);
			selected = week.appointmentAt(at.x, at.y);
		});
		Composite side = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(side);
		GridDataFactory.fillDefaults().grab(false, true).hint(180, SWT.DEFAULT).applyTo(side);
		new Label(side, SWT.NONE).setText(Messages.Calendar_colleagues);
		picked = new Table(side, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(picked);
		picked.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				part.getPersistedState().put(COLLEAGUES_KEY, String.join(",", shownColleagues()));
				reload();
			}
		});
		loader = new Loader(week.control());
		this.directory = directory;
		Reload.when(broker, week.control(), this::refresh, EngagementTopics.APPOINTMENTS);
		if (database.isOpen()) {
			refresh();
		}
	}

	private void refresh() {
		if (colleagues.isEmpty()) {
			loader.load(directory::users, this::start);
		} else {
			reload();
		}
	}

	/** Colleagues from the directory, those ticked last time ticked again. */
	private void start(List<User> users) {
		colleagues = users;
		String remembered = part.getPersistedState().get(COLLEAGUES_KEY);
		List<String> ticked = remembered == null ? List.of() : List.of(remembered.split(","));
		picked.removeAll();
		for (User u : colleagues) {
			if (!u.login().equals(me)) {
				TableItem item = new TableItem(picked, SWT.NONE);
				item.setText(u.displayName());
				item.setData(u.login());
				item.setChecked(ticked.contains(u.login()));
			}
		}
		reload();
	}

	/** Ticks colleagues (as a user would) and shows their lanes. */
	void show(List<String> logins) {
		for (TableItem item : picked.getItems()) {
			item.setChecked(logins.contains(item.getData()));
		}
		reload();
	}

	private List<String> shownColleagues() {
		List<String> shown = new ArrayList<>();
		for (TableItem item : picked.getItems()) {
			if (item.getChecked()) {
				shown.add((String) item.getData());
			}
		}
		return shown;
	}

	private void move(int weeks) {
		first = first.plusWeeks(weeks);
		reload();
	}

	private void reload() {
		List<String> people = new ArrayList<>(List.of(me));
		people.addAll(shownColleagues());
		List<String> names = people.stream().map(login -> colleagues.stream().filter(u -> u.login().equals(login))
				.map(User::displayName).findFirst().orElse(login)).toList();
		ZoneId zone = ZoneId.systemDefault();
		LocalDate monday = first;
		int[] h = HOURS[Math.max(0, hours.getSelectionIndex())];
		loader.load(() -> calendar.between(people, monday.atStartOfDay(zone).toInstant(),
				monday.plusDays(7).atStartOfDay(zone).toInstant()), shown -> {
					week.show(monday, h[0], h[1], people, names, shown);
					title.setText(NLS.bind(Messages.Calendar_week, When.DAY.format(monday)));
					title.getParent().layout();
				});
	}

	private void plan(LocalDateTime at, String lane) {
		List<String> invited = lane == null || lane.equals(me) ? List.of() : List.of(lane);
		if (new AppointmentDialog(week.control().getShell(), calendar, directory, me, null, at, invited)
				.open() == Window.OK) {
			reload();
		}
	}

	private void open(Appointment a) {
		selected = a;
		if (new AppointmentDialog(week.control().getShell(), calendar, directory, me, a, null, List.of())
				.open() == Window.OK) {
			reload();
		}
	}

	/** The week shown, for the people shown, to an .ics file. */
	private void exportWeek() {
		org.eclipse.swt.widgets.FileDialog choose = new org.eclipse.swt.widgets.FileDialog(week.control().getShell(),
				SWT.SAVE);
		choose.setFilterExtensions(new String[] { "*.ics" });
		choose.setFileName("calendar-" + first + ".ics");
		choose.setOverwrite(true);
		String chosen = choose.open();
		if (chosen != null) {
			List<String> people = new ArrayList<>(List.of(me));
			people.addAll(shownColleagues());
			ZoneId zone = ZoneId.systemDefault();
			int n = files.exportIcs(java.nio.file.Path.of(chosen), people, first.atStartOfDay(zone).toInstant(),
					first.plusDays(7).atStartOfDay(zone).toInstant());
			org.eclipse.jface.dialogs.MessageDialog.openInformation(week.control().getShell(), Messages.Calendar_export,
					NLS.bind(Messages.Calendar_exported, n, chosen));
		}
	}

	/** The events of an .ics file into my calendar; a file that cannot be read is named with its line. */
	private void importFile() {
		org.eclipse.swt.widgets.FileDialog choose = new org.eclipse.swt.widgets.FileDialog(week.control().getShell(),
				SWT.OPEN);
		choose.setFilterExtensions(new String[] { "*.ics", "*.*" });
		String chosen = choose.open();
		if (chosen == null) {
			return;
		}
		try {
			CalendarFiles.Summary summary = files.importIcs(java.nio.file.Path.of(chosen));
			List<String> said = new ArrayList<>(List.of(NLS.bind(Messages.Calendar_imported, summary.imported()),
					summary.text()));
			said.addAll(summary.firstLines());
			org.eclipse.jface.dialogs.MessageDialog.openInformation(week.control().getShell(), Messages.Calendar_import,
					String.join("\n", said));
		} catch (RuntimeException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(week.control().getShell(), Messages.Calendar_import,
					e.getMessage());
		}
		reload();
	}

	private Menu appointmentMenu() {
		Menu menu = new Menu(week.control());
		MenuItem held = new MenuItem(menu, SWT.PUSH);
		held.setText(Messages.Calendar_held);
		held.addListener(SWT.Selection, e -> {
			Appointment chosen = selected;
			if (chosen == null) {
				return;
			}
			InputDialog outcome = new InputDialog(week.control().getShell(), Messages.Calendar_held,
					Messages.Calendar_heldOutcome, unsavedOutcomes.getOrDefault(chosen.id(), ""), null);
			if (outcome.open() == Window.OK) {
				String typed = outcome.getValue();
				// At the version shown: held or changed by someone else since, it is refused and the outcome kept.
				refusable(Messages.Calendar_held, () -> {
					calendar.held(chosen.id(), chosen.version(), typed);
					unsavedOutcomes.remove(chosen.id());
				}, () -> {
					if (!typed.isBlank()) {
						unsavedOutcomes.put(chosen.id(), typed);
					}
					return typed.isBlank() ? "" : "\n\n" + NLS.bind(Messages.Calendar_outcomeKept, typed);
				});
			}
		});
		MenuItem delete = new MenuItem(menu, SWT.PUSH);
		delete.setText(Messages.Calendar_delete);
		delete.addListener(SWT.Selection, e -> {
			Appointment chosen = selected;
			if (chosen != null) {
				refusable(Messages.Calendar_delete, () -> calendar.delete(chosen.id()), () -> "");
			}
		});
		menu.addListener(SWT.Show, e -> {
			held.setEnabled(selected != null && !selected.held());
			delete.setEnabled(selected != null);
		});
		return menu;
	}

	/** Does a change of the calendar; a refusal is shown with what was kept of the user's typing, then it reloads. */
	private void refusable(String title, Runnable change, java.util.function.Supplier<String> kept) {
		try {
			change.run();
		} catch (ValidationException e) {
			String why = String.join("\n", e.errors().stream().map(FieldError::message).toList());
			org.eclipse.jface.dialogs.MessageDialog.openError(week.control().getShell(), title, why + kept.get());
		} catch (DatabaseException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(week.control().getShell(), title, e.getMessage()
					+ kept.get());
		}
		reload();
	}

	private static void button(Composite bar, String text, Runnable action) {
		Button b = new Button(bar, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}
}
