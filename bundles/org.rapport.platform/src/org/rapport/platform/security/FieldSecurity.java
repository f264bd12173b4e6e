package org.rapport.platform.security;

import java.util.Map;
import java.util.Set;

/**
 * Field-level security: which fields of a record type are sensitive (declared by its module with
 * {@code <sensitiveField>}, or marked by an administrator, such as a custom field), and what each role may do with
 * them. Unless an administrator sets otherwise, administrators and managers edit a sensitive field, analysts read it,
 * and every other role sees it masked. Services mask what the reader may not see and keep the stored value of what
 * they may not change, so every entry point obeys the same rule.
 */
public interface FieldSecurity {

	/** The value a masked field shows. */
	String MASK = "\u2022\u2022\u2022\u2022";

	/** What the signed-in user may do with the field (a field that is not sensitive: {@link FieldAccess#EDIT}). */
	default FieldAccess access(String recordType, String field) {
		return access(recordType).getOrDefault(field, FieldAccess.EDIT);
	}

	/** What the signed-in user may do with each sensitive field of the record type, read at once. */
	Map<String, FieldAccess> access(String recordType);

	/** The sensitive fields of a record type: declared ones and those an administrator marked. */
	Set<String> sensitiveFields(String recordType);

	/** Every role's access to a sensitive field. */
	Map<Role, FieldAccess> accessByRole(String recordType, String field);

	/**
	 * Marks a field sensitive, or no longer (a declared field stays sensitive). Administrators only.
	 *
	 * @throws IllegalArgumentException for a record type nobody declared
	 */
	void markSensitive(String recordType, String field, boolean sensitive);

	/** Sets one role's access to a sensitive field. Administrators only. */
	void setAccess(String recordType, String field, Role role, FieldAccess access);
}
