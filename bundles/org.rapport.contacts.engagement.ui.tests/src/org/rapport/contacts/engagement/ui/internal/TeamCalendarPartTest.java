package org.rapport.contacts.engagement.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;

/**
 * A salesperson opens the team calendar, shows two colleagues beside her own week, double-clicks a free slot,
 * invites a colleague and is told, before anything is saved, what the new appointment overlaps.
 */
class TeamCalendarPartTest {

	private static final String PART = "org.rapport.contacts.engagement.ui.partdescriptor.calendar";

	@TempDir
	Path home;

	private String warning = "";

	@Test
	void theWeekShowsTwoColleaguesAndAnOverlapIsNamedBeforeSaving() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			assertTrue(driver.waitFor(service(Database.class)::isOpen), "the database opens");
			Directory directory = service(Directory.class);
			String me = service(SecurityContext.class).currentLogin();
			directory.save(new User("weijie", "Lim Wei Jie", "sales", Set.of(Role.SALES_REP)));
			directory.save(new User("priya", "Priya Ramasamy", "sales", Set.of(Role.SALES_REP)));
			TeamCalendar calendar = service(TeamCalendar.class);
			ZoneId zone = ZoneId.systemDefault();
			LocalDate first = WeekView.weekOf(LocalDate.now(), Locale.getDefault());
			calendar.create(new AppointmentInput("Pipeline review", first.atTime(10, 0).atZone(zone).toInstant(),
					first.atTime(11, 0).atZone(zone).toInstant(), zone, "Meeting room 2", null, List.of()));
			calendar.create(new AppointmentInput("Visit Sinar Teknologi", first.plusDays(1).atTime(14, 0).atZone(zone)
					.toInstant(), first.plusDays(1).atTime(16, 0).atZone(zone).toInstant(), zone, "Shah Alam", null,
					List.of(), "weijie"));
			calendar.create(new AppointmentInput("Quarterly planning", first.atTime(10, 30).atZone(zone).toInstant(),
					first.atTime(12, 0).atZone(zone).toInstant(), zone, null, null, List.of(), "priya"));

			driver.openFromNavigator("Engagement", "Team Calendar");
			assertTrue(driver.waitFor(() -> driver.partControl(PART) != null), "the calendar opens");
			Control part = driver.partControl(PART);
			Table colleagues = Widgets.all(part, Table.class).get(0);
			assertTrue(driver.waitFor(() -> colleagues.getItemCount() >= 2), "colleagues are offered");
			for (TableItem item : colleagues.getItems()) {
				item.setChecked(List.of("weijie", "priya").contains(item.getData()));
				Event check = new Event();
				check.detail = SWT.CHECK;
				check.item = item;
				colleagues.notifyListeners(SWT.Selection, check);
			}
			driver.settle();
			Canvas week = Widgets.all(part, Canvas.class).stream().filter(c -> c.getClass() == Canvas.class)
					.findFirst().orElseThrow();

			// The first day at 10:00 in Priya's lane (mine, Wei Jie's, hers): a meeting with her when I have my
			// review and she her planning.
			Rectangle area = week.getClientArea();
			int dayWidth = (area.width - 48) / 7;
			double hour = (area.height - 40) / 12.0;
			Event click = new Event();
			click.x = 48 + 2 * (dayWidth / 3) + 4;
			click.y = 40 + (int) (2 * hour) + 4;
			Display display = Display.getCurrent();
			display.timerExec(1000, () -> fillIn(display, driver));
			week.notifyListeners(SWT.MouseDoubleClick, click);
			driver.settle();

			assertTrue(warning.contains("Pipeline review") && warning.contains("Quarterly planning")
					&& warning.contains("Priya Ramasamy"), warning);
			assertEquals(2, calendar.conflicts(first.atTime(10, 45).atZone(zone).toInstant(),
					first.atTime(10, 50).atZone(zone).toInstant(), List.of("priya"), null).size(),
					"kept anyway: Priya now has both");
			driver.screenshot("calendar-week.png");
		});
	}

	/** Fills in the new appointment, presses OK, and answers the overlap question after taking the screenshot. */
	private void fillIn(Display display, WorkbenchDriver driver) {
		Shell dialog = shell(display, Messages.Appointment_newTitle);
		if (dialog == null) {
			closeDialogs(display, driver);
			return;
		}
		// The colleagues to invite are read in the background: OK is enabled once they are offered.
		driver.waitFor(() -> Widgets.all(dialog, Button.class).stream()
				.anyMatch(b -> "OK".equals(b.getText().replace("&", "")) && b.isEnabled()));
		Widgets.all(dialog, Text.class).get(0).setText("Demo for Harmoni");
		for (Table invite : Widgets.all(dialog, Table.class)) {
			for (TableItem item : invite.getItems()) {
				item.setChecked("priya".equals(item.getData()));
			}
		}
		display.timerExec(1000, () -> {
			Shell question = shell(display, Messages.Conflict_title);
			if (question == null) {
				closeDialogs(display, driver);
				return;
			}
			warning = String.join("\n", Widgets.all(question, Label.class).stream().map(Label::getText).toList());
			try {
				driver.screenshot("calendar-conflict.png");
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
			press(question, "Yes");
		});
		press(dialog, "OK");
	}

	/** Something else opened: close it so that the test fails instead of waiting forever. */
	private static void closeDialogs(Display display, WorkbenchDriver driver) {
		for (Shell s : display.getShells()) {
			if (s.isVisible() && s != driver.shell()) {
				s.close();
			}
		}
	}

	private static Shell shell(Display display, String title) {
		for (Shell s : display.getShells()) {
			if (s.isVisible() && title.equals(s.getText())) {
				return s;
			}
		}
		return null;
	}

	private static void press(Shell shell, String label) {
		Widgets.all(shell, Button.class).stream().filter(b -> label.equals(b.getText().replace("&", ""))).findFirst()
				.ifPresent(b -> b.notifyListeners(SWT.Selection, new Event()));
	}

	private static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(TeamCalendarPartTest.class).getBundleContext(), type, null);
		tracker.open();
		return tracker.waitForService(20_000);
	}
}
