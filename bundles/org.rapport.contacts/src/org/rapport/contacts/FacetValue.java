package org.rapport.contacts;

/**
 * One value of a facet, with what is needed to show it.
 *
 * @param key   key declared in the extension
 * @param label translated label
 * @param type  text, number, date, boolean or money
 * @param value the value as text, empty when the customer has none
 */
public record FacetValue(String key, String label, String type, String value) {
}
