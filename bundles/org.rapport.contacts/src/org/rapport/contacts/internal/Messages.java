package org.rapport.contacts.internal;

import org.eclipse.osgi.util.NLS;

/** Translated messages of the contacts module. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Validation_personName;
	public static String Validation_accountName;
	public static String Validation_tooLong;
	public static String Validation_emptyChannel;
	public static String Validation_email;
	public static String Validation_phone;
	public static String Validation_negativeCredit;
	public static String Validation_currency;
	public static String Validation_country;
	public static String Validation_tag;
	public static String Conflict_savedMeanwhile;
	public static String Customer_notFound;
	public static String Command_unknownOption;
	public static String Command_missingValue;
	public static String Command_badNumber;
	public static String Find_text;
	public static String Find_usage;
	public static String Demo_customersRequired;
	public static String Demo_done;
	public static String Demo_usage;
	public static String Import_fieldCount;
	public static String Import_unclosedQuote;
	public static String Import_strayQuote;
	public static String Import_noUsableColumn;
	public static String Mapping_google;
	public static String Mapping_outlook;
	public static String Mapping_generic;
	public static String Mapping_file;
	public static String Mapping_phoneType;
	public static String Mapping_badLine;
	public static String Mapping_unknownField;
	public static String Mapping_missingColumn;
	public static String Mapping_chosen;
	public static String Mapping_count;
	public static String Mapping_unknownName;
	public static String Mapping_unknownCustom;
	public static String Column_GIVEN_NAME;
	public static String Column_FAMILY_NAME;
	public static String Column_FULL_NAME;
	public static String Column_COMPANY;
	public static String Column_JOB_TITLE;
	public static String Column_EMAIL;
	public static String Column_EMAIL_2;
	public static String Column_MOBILE;
	public static String Column_PHONE;
	public static String Column_WORK_PHONE;
	public static String Column_CITY;
	public static String Column_REGION;
	public static String Column_COUNTRY;
	public static String Column_SOURCE;
	public static String Column_TAGS;
	public static String Column_IGNORED;
	public static String Import_file;
	public static String Import_unreadable;
	public static String Import_format;
	public static String Import_onDuplicate;
	public static String Import_encoding;
	public static String Import_summary;
	public static String Import_rejects;
	public static String Import_usage;
	public static String Export_file;
	public static String Export_noFolder;
	public static String Export_done;
	public static String Export_usage;
	public static String Vcard_none;
	public static String Merge_same;
	public static String Merge_into;
	public static String Merge_from;
	public static String Duplicates_usage;
	public static String Merge_usage;
	public static String Merge_done;
	public static String Field_badKey;
	public static String Field_exists;
	public static String Field_noLabel;
	public static String Field_noChoices;
	public static String Field_unknown;
	public static String Field_notNumber;
	public static String Field_notDate;
	public static String Field_notBoolean;
	public static String Field_notChoice;
	public static String Field_choiceInUse;
	public static String Fields_usage;
	public static String Fields_changed;
	public static String Fields_removed;
	public static String Fields_added;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
