package org.rapport.contacts.engagement;

/**
 * An appointment already on someone's calendar at the time asked for.
 *
 * @param person login of whose calendar it is on
 */
public record Conflict(Appointment with, String person) {
}
