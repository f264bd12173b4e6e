package org.rapport.platform.privacy;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A person's rights over their data (GDPR, the Malaysian PDPA): to see everything Rapport holds about them, across
 * every installed module ({@link PersonalData}), and to be forgotten. Administrators only: both check
 * {@code checkPermitted("platform", Action.ADMINISTER)} and throw {@code AccessDeniedException} otherwise. Both are
 * written to the audit log ({@value #EXPORT_AUDIT}, {@value #ERASURE_AUDIT}) with who and when, and without any
 * personal value.
 */
public interface Privacy {

	/** The audit log's entity type of an export; the entity id is the customer's id. */
	String EXPORT_AUDIT = "privacy.export";
	/** The audit log's entity type of an erasure; the entity id is the customer's id. */
	String ERASURE_AUDIT = "privacy.erasure";
	/** Posted after an erasure committed, with the customer's id as {@code id}, so that open views read again. */
	String ERASED_TOPIC = "org/rapport/platform/privacy/ERASED";

	/**
	 * Writes everything held about the customer into a new or empty folder: {@code customer-<id>.json}, one document
	 * {@code {"customer": id, "exportedAt": ..., "modules": {module: [records...]}}}, and one CSV per module and record
	 * type ({@code <module>-<type>.csv}, UTF-8, the first row naming the fields). Besides the modules' records, the
	 * module {@code platform} lists the audit log's entries about those records (type {@code platform.audit}, their old
	 * and new values included) and the approval requests about them ({@code platform.approval}). A module whose export
	 * fails is named with its error under {@code "failed"}; the others are written all the same.
	 *
	 * @return the JSON file
	 * @throws org.rapport.platform.validation.ValidationException when the folder exists and is not empty, or cannot
	 *                                                             be written
	 */
	Path export(long customerId, Path folder, IProgressMonitor monitor);

	/**
	 * Forgets the customer: every module's {@link PersonalData#erase} in ONE transaction, all or nothing (when one
	 * fails, nothing is changed and the error names the module); the summaries and decision comments of approval
	 * requests about the customer's records are erased with them; and the erasure is audited (who, when, records per
	 * module, no personal value).
	 * <p>
	 * <b>The audit log keeps its values.</b> Old and new values of the audit entries about the customer's records stay
	 * as they were: every entry is hash-chained to the one before it, so changing one would break the chain that proves
	 * nothing was altered, and on PostgreSQL nobody but the database's owner may change them at all. They are kept as
	 * records of processing under the legal retention periods (accounting, tax, disputes), and are listed in the
	 * export, so that the person sees what remains. The report counts them ({@link ErasureReport#auditEntriesKept()}).
	 * <p>
	 * Running it again on an erased customer changes nothing. Posts {@link #ERASED_TOPIC} after the commit.
	 */
	ErasureReport erase(long customerId);
}
