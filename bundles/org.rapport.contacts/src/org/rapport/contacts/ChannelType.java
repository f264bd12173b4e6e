package org.rapport.contacts;

/** How a customer can be reached. */
public enum ChannelType {
	MOBILE, PHONE, EMAIL, WECHAT, WHATSAPP, LINE, ADDRESS, WEBSITE;

	/** Whether values of this type are telephone numbers. */
	public boolean isPhone() {
		return this == MOBILE || this == PHONE || this == WHATSAPP;
	}
}
