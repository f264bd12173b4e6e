package org.rapport.sales.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the sales services and commands. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Opportunity_noName;
	public static String Opportunity_badAmount;
	public static String Opportunity_closeInPast;
	public static String Opportunity_noCustomer;
	public static String Opportunity_noProcess;
	public static String Opportunity_noStage;
	public static String Opportunity_badProbability;
	public static String Opportunity_notFound;
	public static String Rate_positive;
	public static String Opportunity_closeBeforeCreated;
	public static String Forecast_noPeriod;
	public static String Quota_negative;
	public static String Quota_usage;
	public static String Quota_set;
	public static String Demo_done;
	public static String Currency_unknown;
	public static String Rate_company;
	public static String Rate_missing;
	public static String Forecast_usage;
	public static String Forecast_text;
	public static String Rate_usage;
	public static String Rate_set;
	public static String Pipeline_usage;
	public static String Assign_noTeam;
	public static String Assign_usage;
	public static String Lead_followUp;
	public static String Lead_strategyFailed;
	public static String Lead_noStrategy;
	public static String Lead_noTeam;
	public static String Lead_noName;

	public static String Lead_notFound;
	public static String Lead_qualifyByConverting;
	public static String Lead_converted;
	public static String Lead_lostReason;
	public static String Lead_notOpen;
	public static String Lead_noAccount;
	public static String Lead_note;
	public static String Lead_tooLong;
	public static String Lead_badEmail;
	public static String Territory_noRegion;
	public static String Import_noNameColumn;
	public static String Import_fault;
	public static String Import_unreadable;
	public static String Import_usage;
	public static String Import_done;
	public static String Territory_usage;
	public static String Territory_set;
	public static String Territory_cleared;

	public static String Product_code;
	public static String Product_name;
	public static String Product_price;
	public static String Quote_badDiscount;
	public static String Quote_noProduct;
	public static String Quote_notDraft;
	public static String Quote_approval;
	public static String Quote_notApproved;
	public static String Quote_expired;
	public static String Quote_notFound;
	public static String Quote_validUntil;
	public static String Quote_noLines;
	public static String Quote_badQuantity;
	public static String Quote_lineDiscount;
	public static String Quote_currency;
	public static String Payment_positive;
	public static String Payment_currency;
	public static String Payment_tooMuch;
	public static String Order_notFound;
	public static String Quote_savedMeanwhile;
	public static String Order_savedMeanwhile;

	public static String Products_usage;
	public static String Products_priceList;
	public static String Products_limit;

	public static String Contract_title;
	public static String Contract_value;
	public static String Contract_term;
	public static String Contract_reminder;
	public static String Contract_renew;
	public static String Expense_kind;
	public static String Expense_amount;
	public static String Expense_future;
	public static String Expense_description;
	public static String Expense_approval;
	public static String Opportunities_usage;
	public static String Opportunities_badId;
	public static String Opportunities_notFound;
	public static String Contracts_usage;

	public static String Kind_entertainment;
	public static String Kind_travel;
	public static String Kind_gift;
	public static String Kind_other;

	public static String Pdf_title;
	public static String Pdf_dates;
	public static String Pdf_customer;
	public static String Pdf_product;
	public static String Pdf_quantity;
	public static String Pdf_unitPrice;
	public static String Pdf_discount;
	public static String Pdf_total;
	public static String Pdf_footer;
	public static String QuotePdf_usage;
	public static String QuotePdf_done;

	public static String Process_usage;
	public static String Process_set;
	public static String Letterhead_usage;
	public static String Letterhead_name;
	public static String Letterhead_long;
	public static String Letterhead_logo;
	public static String Letterhead_none;
	public static String Letterhead_logoSize;
	public static String Process_noName;
	public static String Process_stageName;
	public static String Process_openAfterClosed;
	public static String Process_won100;
	public static String Process_lost0;
	public static String Process_signalsLong;
	public static String Process_closingStages;
	public static String Process_sameStage;
	public static String Process_stageInUse;
	public static String Process_noDefault;
	public static String Process_inUse;
	public static String Process_contributed;
	public static String Process_fileColumns;
	public static String Process_badOutcome;
	public static String Process_copied;
	public static String Process_standard;
	public static String Process_removed;
	public static String Process_defined;

	public static String Opportunity_lostReason;

	public static String Contact_role;
	public static String Signal_unknown;
	public static String Opportunity_savedMeanwhile;
	public static String Lead_savedMeanwhile;
	public static String Period_notUnderstood;
	public static String Import_noIdentityColumn;
	public static String Lead_noIdentity;
	public static String Lead_valueTooLong;
	public static String Import_valueTooLarge;
	public static String Import_rowTooLarge;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
