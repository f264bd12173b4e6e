package org.rapport.contacts.engagement.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the engagement services and commands. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Interaction_noCustomer;
	public static String Interaction_noType;
	public static String Interaction_noTime;
	public static String Interaction_badMinutes;
	public static String Interaction_followUpBefore;
	public static String Interaction_followUp;
	public static String Task_notFound;
	public static String Task_noPeople;
	public static String Task_noTitle;
	public static String Task_noDue;
	public static String Appointment_notFound;
	public static String Appointment_noTitle;
	public static String Appointment_endBeforeStart;
	public static String Appointment_tooLong;
	public static String Appointment_badRecurrence;
	public static String Appointment_stale;
	public static String Ics_imported;
	public static String Ics_exported;
	public static String Ics_usage;
	public static String Ics_noStart;
	public static String Ics_untitled;
	public static String Ics_unreadable;
	public static String Timeline_title;
	public static String Timeline_minutes;
	public static String Timeline_next;
	public static String Type_call;
	public static String Type_visit;
	public static String Type_meeting;
	public static String Type_email;
	public static String Type_message;
	public static String Type_note;
	public static String Due_usage;
	public static String Due_nothing;
	public static String Demo_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
