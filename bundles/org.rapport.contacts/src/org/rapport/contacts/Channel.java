package org.rapport.contacts;

/**
 * One way to reach a customer.
 *
 * @param type    mobile, phone, email, messaging id, address ...
 * @param label   free label (work, home, head office), may be empty
 * @param value   the number, address or id as entered
 * @param primary whether this is the first choice of its type
 */
public record Channel(ChannelType type, String label, String value, boolean primary) {

	public Channel {
		label = label == null ? "" : label;
	}
}
