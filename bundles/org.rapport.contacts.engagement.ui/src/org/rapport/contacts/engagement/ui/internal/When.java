package org.rapport.contacts.engagement.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.swt.widgets.DateTime;

/** Dates and times as the user's locale writes them, and the SWT date and time pickers. */
final class When {

	static final DateTimeFormatter SHORT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
	static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
	static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

	private When() {
	}

	static String shortly(Instant at) {
		return SHORT.format(at.atZone(ZoneId.systemDefault()));
	}

	static void set(DateTime date, DateTime time, Instant at) {
		LocalDateTime local = LocalDateTime.ofInstant(at, ZoneId.systemDefault());
		if (date != null) {
			date.setDate(local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth());
		}
		if (time != null) {
			time.setTime(local.getHour(), local.getMinute(), 0);
		}
	}

	static LocalDate date(DateTime date) {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}

	static Instant instant(DateTime date, DateTime time) {
		LocalTime t = time == null ? LocalTime.of(9, 0) : LocalTime.of(time.getHours(), time.getMinutes());
		return date(date).atTime(t).atZone(ZoneId.systemDefault()).toInstant();
	}
}
