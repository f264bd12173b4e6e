package org.rapport.sales.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the sales workbench. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Board_card;
	public static String Board_closeQuestion;
	public static String Board_closeTitle;
	public static String Board_competitors;
	public static String Board_more;
	public static String Board_moveFailed;
	public static String Board_nextStep;
	public static String Board_stage;
	public static String Board_status;
	public static String Board_total;
	public static String Board_weighted;
	public static String Filter_allProcesses;
	public static String Filter_anyDate;
	public static String Filter_everyone;
	public static String Filter_mine;
	public static String Filter_nextQuarter;
	public static String Filter_period;
	public static String Filter_process;
	public static String Filter_team;
	public static String Filter_thisQuarter;
	public static String Filter_thisYear;
	public static String Filter_whose;
	public static String Forecast_attainment;
	public static String Forecast_closed;
	public static String Forecast_expected;
	public static String Forecast_figures;
	public static String Forecast_funnel;
	public static String Forecast_pipeline;
	public static String Forecast_quota;
	public static String Forecast_rep;
	public static String Forecast_text;
	public static String Forecast_weighted;
	public static String Funnel_band;
	public static String List_allStages;
	public static String List_amount;
	public static String List_close;
	public static String List_customer;
	public static String List_days;
	public static String List_more;
	public static String List_name;
	public static String List_next;
	public static String List_open;
	public static String List_owner;
	public static String List_probability;
	public static String List_stage;
	public static String List_status;
	public static String Opportunity_amount;
	public static String Opportunity_badAmount;
	public static String Opportunity_close;
	public static String Opportunity_competitors;
	public static String Opportunity_customer;
	public static String Opportunity_customerHint;
	public static String Opportunity_history;
	public static String Opportunity_historyLine;
	public static String Opportunity_message;
	public static String Opportunity_name;
	public static String Opportunity_new;
	public static String Opportunity_newTitle;
	public static String Opportunity_nextStep;
	public static String Opportunity_owner;
	public static String Opportunity_signals;
	public static String Opportunity_stage;
	public static String Team_activity;
	public static String Team_calls;
	public static String Team_closing;
	public static String Team_closingDays;
	public static String Team_emails;
	public static String Team_lastDays;
	public static String Team_longest;
	public static String Team_meetings;
	public static String Team_messages;
	public static String Team_notes;
	public static String Team_stuck;
	public static String Team_stuckCount;
	public static String Team_stuckDays;
	public static String Team_total;
	public static String Team_visits;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
