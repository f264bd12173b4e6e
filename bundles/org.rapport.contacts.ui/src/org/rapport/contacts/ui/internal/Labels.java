package org.rapport.contacts.ui.internal;

import org.rapport.contacts.FieldType;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.VipTier;

/** Translated names of lifecycle stages, VIP tiers and custom field types. */
public final class Labels {

	private Labels() {
	}

	public static String stage(LifecycleStage stage) {
		return switch (stage) {
		case PROSPECT -> Messages.Stage_prospect;
		case EXAMINATION -> Messages.Stage_examination;
		case FORMATION -> Messages.Stage_formation;
		case STABLE -> Messages.Stage_stable;
		case DECLINING -> Messages.Stage_declining;
		case CHURNED -> Messages.Stage_churned;
		};
	}

	public static String fieldType(FieldType type) {
		return switch (type) {
		case TEXT -> Messages.Type_text;
		case NUMBER -> Messages.Type_number;
		case DATE -> Messages.Type_date;
		case CHOICE -> Messages.Type_choice;
		case MULTI_CHOICE -> Messages.Type_multiChoice;
		case BOOLEAN -> Messages.Type_boolean;
		};
	}

	public static String tier(VipTier tier) {
		return switch (tier) {
		case SILVER -> Messages.Tier_silver;
		case GOLD -> Messages.Tier_gold;
		case PLATINUM -> Messages.Tier_platinum;
		case NONE -> "";
		};
	}
}
