package org.rapport.contacts;

/**
 * Orders of the unfiltered customer list, each read from an index so that the first page of a million
 * customers comes at once. Customers without the value come last, in name order. A typed filter shows the
 * best matches first whatever the order.
 */
public enum CustomerSort {
	NAME, COMPANY, CITY, EMAIL
}
