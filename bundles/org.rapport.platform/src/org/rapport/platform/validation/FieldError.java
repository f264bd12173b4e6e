package org.rapport.platform.validation;

/**
 * What is wrong with one field.
 *
 * @param field   field key as used by forms and imports ({@code email}, {@code phones[1].number})
 * @param message translated message for the user
 */
public record FieldError(String field, String message) {
}
