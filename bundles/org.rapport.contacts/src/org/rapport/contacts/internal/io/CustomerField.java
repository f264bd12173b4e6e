package org.rapport.contacts.internal.io;

/**
 * What a column of an imported contact file holds. Mapping files name these constants, so their names are
 * part of what users write and must not change.
 */
public enum CustomerField {
	GIVEN_NAME, FAMILY_NAME, FULL_NAME, COMPANY, JOB_TITLE, EMAIL, EMAIL_2, MOBILE, PHONE, WORK_PHONE, CITY,
	REGION, COUNTRY, SOURCE, TAGS, /** A postal address as one text (a street, or the whole address). */ ADDRESS,
	WEBSITE, WECHAT, WHATSAPP, LINE, /** A custom field; mapping files write {@code custom.<key>}. */ CUSTOM, IGNORED;

	/** Whether a column of this kind can tell who the customer is (a row needs one to be worth importing). */
	public boolean identifies() {
		return this == GIVEN_NAME || this == FAMILY_NAME || this == FULL_NAME || this == COMPANY || this == EMAIL
				|| this == EMAIL_2 || this == MOBILE || this == PHONE || this == WORK_PHONE;
	}
}
