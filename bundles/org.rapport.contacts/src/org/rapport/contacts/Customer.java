package org.rapport.contacts;

import java.time.Instant;

/**
 * A customer as stored: its id, the version that a save must match, and what was entered.
 *
 * @param id        id
 * @param version   optimistic-lock version; pass it back to {@link CustomerService#update}
 * @param name      display name (for persons built from given and family name in the order of the name's culture)
 * @param input     the entered information
 * @param created   when created
 * @param updated   when last saved
 * @param createdBy login of who created it
 */
public record Customer(long id, int version, String name, CustomerInput input, Instant created, Instant updated,
		String createdBy) {
}
