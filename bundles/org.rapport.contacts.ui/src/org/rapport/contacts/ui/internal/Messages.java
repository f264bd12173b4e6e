package org.rapport.contacts.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Translated strings of the contacts workbench. */
public final class Messages extends NLS {
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
	public static String Editor_save;
	public static String Editor_gone;
	public static String Editor_invalid;
	public static String Editor_notANumber;
	public static String Editor_conflictTitle;
	public static String Section_basic;
	public static String Section_channels;
	public static String Section_status;
	public static String Section_account;
	public static String Section_behaviour;
	public static String Section_behaviourNote;
	public static String Section_service;
	public static String Section_serviceNote;
	public static String Section_extended;
	public static String Section_extendedNote;
	public static String Field_givenName;
	public static String Field_familyName;
	public static String Field_company;
	public static String Field_jobTitle;
	public static String Field_industry;
	public static String Field_city;
	public static String Field_region;
	public static String Field_country;
	public static String Field_email;
	public static String Field_mobile;
	public static String Field_phone;
	public static String Field_stage;
	public static String Field_vipTier;
	public static String Field_owner;
	public static String Field_active;
	public static String Field_creditLimit;
	public static String Field_currency;
	public static String Field_paymentTerms;
	public static String Field_taxId;
	public static String Field_billingAddress;
	public static String Field_tags;
	public static String Tier_none;
	public static String Section_failed;
	public static String List_new;
	public static String New_title;
	public static String New_message;
	public static String New_organisation;
	public static String New_duplicateTitle;
	public static String New_duplicate;
	public static String New_create;
	public static String Merge_title;
	public static String Merge_message;
	public static String Merge_note;
	public static String Merge_empty;
	public static String Merge_button;
	public static String Duplicates_first;
	public static String Duplicates_second;
	public static String Duplicates_reason;
	public static String Duplicates_searching;
	public static String Duplicates_count;
	public static String Duplicates_sameEmail;
	public static String Duplicates_samePhone;
	public static String Duplicates_similarName;
	public static String List_import;
	public static String List_export;
	public static String Import_title;
	public static String Import_message;
	public static String Import_first;
	public static String Import_problems;
	public static String Import_columns;
	public static String Import_encoding;
	public static String Import_detected;
	public static String Import_duplicates;
	public static String Import_skip;
	public static String Import_merge;
	public static String Import_create;
	public static String Import_button;
	public static String Import_done;
	public static String Import_rejectsAt;
	public static String Export_title;
	public static String Export_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
