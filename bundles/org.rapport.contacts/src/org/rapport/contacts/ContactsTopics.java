package org.rapport.contacts;

/**
 * The event topics the contacts services post on, for parts and other modules that follow customers and their
 * settings (each matches every action: {@code CREATED}, {@code UPDATED}, {@code DELETED}).
 */
public final class ContactsTopics {

	public static final String CUSTOMERS = "org/rapport/contacts/" + CustomerService.ENTITY + "/*";
	public static final String CUSTOM_FIELDS = "org/rapport/contacts/" + CustomFields.ENTITY + "/*";
	public static final String SEGMENTS = "org/rapport/contacts/" + Segments.ENTITY + "/*";

	private ContactsTopics() {
	}
}
