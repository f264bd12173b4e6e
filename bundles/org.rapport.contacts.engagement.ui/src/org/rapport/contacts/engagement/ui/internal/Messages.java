package org.rapport.contacts.engagement.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the engagement workbench. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Timeline_allKinds;
	public static String Timeline_log;
	public static String Timeline_plan;
	public static String Timeline_older;
	public static String Timeline_empty;
	public static String Timeline_when;
	public static String Timeline_what;
	public static String Timeline_detail;
	public static String Log_title;
	public static String Log_message;
	public static String Log_type;
	public static String Log_when;
	public static String Log_minutes;
	public static String Log_outcome;
	public static String Log_next;
	public static String Log_followUp;
	public static String Type_call;
	public static String Type_visit;
	public static String Type_meeting;
	public static String Type_email;
	public static String Type_message;
	public static String Type_note;
	public static String Tasks_overdue;
	public static String Tasks_today;
	public static String Tasks_week;
	public static String Tasks_open;
	public static String Tasks_new;
	public static String Tasks_done;
	public static String Tasks_handOut;
	public static String Tasks_due;
	public static String Tasks_priority;
	public static String Tasks_task;
	public static String Tasks_customer;
	public static String Tasks_count;
	public static String Tasks_none;
	public static String Priority_low;
	public static String Priority_normal;
	public static String Priority_high;
	public static String Task_title;
	public static String Task_message;
	public static String Task_what;
	public static String Task_due;
	public static String Task_priority;
	public static String HandOut_title;
	public static String HandOut_message;
	public static String HandOut_segment;
	public static String HandOut_team;
	public static String HandOut_noTeam;
	public static String HandOut_tooMany;
	public static String HandOut_done;
	public static String Calendar_previous;
	public static String Calendar_today;
	public static String Calendar_next;
	public static String Calendar_week;
	public static String Calendar_colleagues;
	public static String Calendar_hours;
	public static String Calendar_new;
	public static String Calendar_imported;
	public static String Calendar_exported;
	public static String Calendar_import;
	public static String Calendar_export;
	public static String Calendar_held;
	public static String Calendar_delete;
	public static String Calendar_heldOutcome;
	public static String Appointment_newTitle;
	public static String Appointment_editTitle;
	public static String Appointment_message;
	public static String Appointment_what;
	public static String Appointment_day;
	public static String Appointment_from;
	public static String Appointment_to;
	public static String Appointment_where;
	public static String Appointment_invite;
	public static String Conflict_title;
	public static String Conflict_message;
	public static String Conflict_line;
	public static String Reminder_title;
	public static String Reminder_task;
	public static String Reminder_appointment;
	public static String Reminder_dismiss;
	public static String Calendar_outcomeKept;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
