package org.rapport.contacts.internal.io;

/**
 * A value an import kept as written (or could not keep) because it was not understood, as the warnings file lists it.
 *
 * @param line   the line of a CSV file where the row starts, or the number of the card in a vCard file
 * @param field  where the file has the value: the column header, or the vCard property
 * @param value  the value as written
 * @param reason what was not understood and what became of the value, in the user's language
 */
public record ImportWarning(long line, String field, String value, String reason) {
}
