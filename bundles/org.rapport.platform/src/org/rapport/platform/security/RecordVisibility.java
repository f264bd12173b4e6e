package org.rapport.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Whose records the signed-in user sees, per record type: services add {@link #visibleOwners(String)} to their
 * queries, so that lists, boards, sums and single reads show the same records; on PostgreSQL row-level security
 * policies apply the same rule on the server.
 */
public interface RecordVisibility {

	/**
	 * The owners whose records of the type the signed-in user sees; empty when they see every record (administrators,
	 * or a type shared with everyone).
	 */
	Optional<Set<String>> visibleOwners(String recordType);

	/** Whether the signed-in user sees a record of the type owned by this login. */
	default boolean sees(String recordType, String owner) {
		return visibleOwners(recordType).map(owners -> owners.contains(owner)).orElse(true);
	}

	/** The sharing of the record type now. */
	Sharing sharing(String recordType);

	/**
	 * Sets the sharing of a record type (administrators only).
	 *
	 * @throws AccessDeniedException unless the signed-in user administers the platform
	 * @throws IllegalArgumentException for a record type nobody declared
	 */
	void share(String recordType, Sharing sharing);
}
