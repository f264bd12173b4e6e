package org.rapport.contacts.engagement.ui.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.rapport.contacts.engagement.Appointment;

/**
 * A week drawn as days side by side, each split into one lane per person shown (mine first), hours from top to
 * bottom. Double-clicking a free slot or an appointment is reported.
 */
final class WeekView {

	private static final int HEADER = 40;
	private static final int TIME_COLUMN = 48;
	private static final RGB[] LANES = { new RGB(66, 133, 244), new RGB(15, 157, 88), new RGB(244, 160, 0),
			new RGB(171, 71, 188), new RGB(0, 172, 193), new RGB(230, 81, 0) };

	private final Canvas canvas;
	private final ZoneId zone = ZoneId.systemDefault();
	private LocalDate first;
	private int fromHour = 8;
	private int toHour = 20;
	private List<String> people = List.of();
	private List<String> names = List.of();
	private List<Appointment> appointments = List.of();

	WeekView(Composite parent, BiConsumer<LocalDateTime, String> freeSlot, Consumer<Appointment> opened) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		// Narrow lanes cut titles short: the whole appointment shows when the pointer rests on it.
		canvas.addListener(SWT.MouseHover, e -> {
			Appointment a = appointmentAt(e.x, e.y);
			canvas.setToolTipText(a == null ? null : When.TIME.format(a.start().atZone(zone)) + "-"
					+ When.TIME.format(a.end().atZone(zone)) + " " + a.title()
					+ (a.location() == null || a.location().isBlank() ? "" : ", " + a.location()) + "\n"
					+ String.join(", ", a.attendees()));
		});
		canvas.addListener(SWT.MouseDoubleClick, e -> {
			Appointment hit = appointmentAt(e.x, e.y);
			if (hit != null) {
				opened.accept(hit);
			} else if (slot(e.x, e.y) != null) {
				freeSlot.accept(slot(e.x, e.y), lanePerson(e.x));
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	/** Shows a week from its first day, the people's lanes (logins and names) and their appointments. */
	void show(LocalDate firstDay, int from, int to, List<String> logins, List<String> displayNames, List<Appointment> shown) {
		first = firstDay;
		fromHour = from;
		toHour = to;
		people = logins;
		names = displayNames;
		appointments = shown;
		canvas.redraw();
	}

	private void paint(GC gc) {
		if (first == null || people.isEmpty()) {
			return;
		}
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		double hour = hourHeight();
		for (int h = fromHour; h <= toHour; h++) {
			int y = HEADER + (int) ((h - fromHour) * hour);
			gc.drawLine(TIME_COLUMN, y, area.width, y);
			if (h < toHour) {
				gc.drawText(String.format("%02d:00", h), 4, y + 2, true);
			}
		}
		for (int d = 0; d < 7; d++) {
			LocalDate day = first.plusDays(d);
			int x = dayX(d);
			gc.drawLine(x, 0, x, area.height);
			gc.drawText(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault()) + " " + day.getDayOfMonth(),
					x + 4, 2, true);
			for (int p = 0; p < people.size(); p++) {
				// Each name stays in its lane, however narrow.
				gc.setClipping(x + p * laneWidth(), 18, laneWidth() - 2, 20);
				gc.drawText(shortName(names.get(p)), x + 2 + p * laneWidth(), 20, true);
				gc.setClipping((Rectangle) null);
			}
		}
		for (int p = 0; p < people.size(); p++) {
			for (Appointment a : appointments) {
				if (a.attendees().contains(people.get(p))) {
					draw(gc, a, p);
				}
			}
		}
	}

	/**
	 * Where an appointment sits beside others it overlaps in the same lane: its column and how many columns the
	 * lane needs at that time, so that double bookings show side by side instead of on top of each other.
	 */
	private int[] column(Appointment a, int lane) {
		List<Appointment> mine = appointments.stream().filter(x -> x.attendees().contains(people.get(lane))).toList();
		int column = 0;
		int columns = 1;
		for (Appointment other : mine) {
			if (other != a && other.overlaps(a.start(), a.end())) {
				columns++;
				if (other.start().isBefore(a.start()) || other.start().equals(a.start()) && other.id() < a.id()) {
					column++;
				}
			}
		}
		return new int[] { column, columns };
	}

	private void draw(GC gc, Appointment a, int lane) {
		for (int d = 0; d < 7; d++) {
			Rectangle r = box(a, d, lane);
			if (r == null) {
				continue;
			}
			Color color = new Color(LANES[lane % LANES.length]);
			gc.setBackground(color);
			gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 6, 6);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.setClipping(r);
			gc.drawText(When.TIME.format(a.start().atZone(zone)) + " " + a.title(), r.x + 3, r.y + 2, true);
			gc.setClipping((Rectangle) null);
			color.dispose();
		}
	}

	/** Where an appointment stands on a day in a lane, or null when it is not on that day's visible hours. */
	private Rectangle box(Appointment a, int d, int lane) {
		Instant dayStart = first.plusDays(d).atTime(fromHour, 0).atZone(zone).toInstant();
		Instant dayEnd = first.plusDays(d).atTime(toHour == 24 ? 23 : toHour, toHour == 24 ? 59 : 0).atZone(zone).toInstant();
		if (!a.overlaps(dayStart, dayEnd)) {
			return null;
		}
		Instant from = a.start().isBefore(dayStart) ? dayStart : a.start();
		Instant to = a.end().isAfter(dayEnd) ? dayEnd : a.end();
		double perMinute = hourHeight() / 60;
		int y = HEADER + (int) (java.time.Duration.between(dayStart, from).toMinutes() * perMinute);
		int h = Math.max(14, (int) (java.time.Duration.between(from, to).toMinutes() * perMinute));
		int[] column = column(a, lane);
		int width = Math.max(4, laneWidth() / column[1]);
		return new Rectangle(dayX(d) + lane * laneWidth() + column[0] * width + 1, y + 1, width - 2, h - 2);
	}

	/** The appointment drawn at a point of the canvas, or null. */
	Appointment appointmentAt(int x, int y) {
		for (Appointment a : appointments) {
			for (int p = 0; p < people.size(); p++) {
				for (int d = 0; d < 7 && a.attendees().contains(people.get(p)); d++) {
					Rectangle r = box(a, d, p);
					if (r != null && r.contains(x, y)) {
						return a;
					}
				}
			}
		}
		return null;
	}

	/** The half hour under the pointer, or null outside the days. */
	private LocalDateTime slot(int x, int y) {
		if (x < TIME_COLUMN || y < HEADER || first == null) {
			return null;
		}
		int d = Math.min(6, (x - TIME_COLUMN) / dayWidth());
		int halfHours = (int) ((y - HEADER) / (hourHeight() / 2));
		LocalDateTime at = first.plusDays(d).atTime(fromHour, 0).plusMinutes(30L * halfHours);
		return at.getHour() >= toHour && toHour < 24 ? null : at;
	}

	private String lanePerson(int x) {
		int lane = ((x - TIME_COLUMN) % dayWidth()) / Math.max(1, laneWidth());
		return people.get(Math.min(people.size() - 1, Math.max(0, lane)));
	}

	private double hourHeight() {
		return (canvas.getClientArea().height - HEADER) / (double) Math.max(1, toHour - fromHour);
	}

	private int dayWidth() {
		return Math.max(1, (canvas.getClientArea().width - TIME_COLUMN) / 7);
	}

	private int laneWidth() {
		return Math.max(1, dayWidth() / Math.max(1, people.size()));
	}

	private int dayX(int d) {
		return TIME_COLUMN + d * dayWidth();
	}

	private static String shortName(String name) {
		return name.length() > 10 ? name.substring(0, 9) + "\u2026" : name;
	}

	/** The first day of the week holding a date, by the locale (Monday, or Sunday in some). */
	static LocalDate weekOf(LocalDate date, Locale locale) {
		DayOfWeek firstDay = java.time.temporal.WeekFields.of(locale).getFirstDayOfWeek();
		return date.with(java.time.temporal.TemporalAdjusters.previousOrSame(firstDay));
	}
}
