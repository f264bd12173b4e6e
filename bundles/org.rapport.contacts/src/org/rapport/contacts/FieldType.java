package org.rapport.contacts;

/** What a custom field holds. Values are kept as text: numbers plain, dates ISO (yyyy-mm-dd), booleans true/false, several choices separated by ";". */
public enum FieldType {
	TEXT, NUMBER, DATE, CHOICE, MULTI_CHOICE, BOOLEAN
}
