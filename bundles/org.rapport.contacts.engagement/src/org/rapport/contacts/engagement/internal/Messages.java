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
	public static String Ics_exported;
	public static String Ics_usage;
	public static String Ics_untitled;
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
	public static String Appointment_ruleTooLong;
	public static String Appointment_repeatsTooOften;
	public static String Appointment_countBounded;
	public static String Appointment_untilBounded;
	public static String Appointment_outOfRange;
	public static String Ics_summary;
	public static String Ics_rejectsFile;
	public static String Ics_warningsFile;
	public static String Ics_rejectedAt;
	public static String Ics_warningAt;
	public static String Ics_more;
	public static String Ics_notCalendar;
	public static String Ics_lineTooLong;
	public static String Ics_valueTooLong;
	public static String Ics_eventTooLong;
	public static String Ics_tooDeep;
	public static String Ics_lineRefused;
	public static String Ics_unreadableFile;
	public static String Ics_cannotWrite;
	public static String Ics_notProperty;
	public static String Ics_wrongEnd;
	public static String Ics_unclosed;
	public static String Ics_missingStart;
	public static String Ics_badTime;
	public static String Ics_badDuration;
	public static String Ics_endsBeforeStart;
	public static String Ics_noTitle;
	public static String Ics_defaultLength;
	public static String Ics_unknownZone;
	public static String Ics_secondRule;
	public static String Ics_datesNotKept;
	public static String Ics_changedOccurrence;
	public static String Ics_notUtf8;
	public static String Ics_cut;
	public static String Appointment_repeatedValue;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
