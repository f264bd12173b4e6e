package org.rapport.contacts.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Translated strings of the contacts workbench. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String View_all;
	public static String View_mine;
	public static String View_vip;
	public static String List_filterHint;
	public static String List_loading;
	public static String List_waitingForDatabase;
	public static String List_empty;
	public static String List_noMatch;
	public static String List_shown;
	public static String List_shownMore;
	public static String List_failed;
	public static String Column_name;
	public static String Column_company;
	public static String Column_email;
	public static String Column_phone;
	public static String Column_city;
	public static String Column_stage;
	public static String Column_vip;
	public static String Column_owner;
	public static String Stage_prospect;
	public static String Stage_examination;
	public static String Stage_formation;
	public static String Stage_stable;
	public static String Stage_declining;
	public static String Stage_churned;
	public static String Tier_silver;
	public static String Tier_gold;
	public static String Tier_platinum;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
