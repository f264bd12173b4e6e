package org.rapport.platform.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What one module holds about a customer, for the privacy export and erasure a person may ask for (GDPR, the Malaysian
 * PDPA). Every module that keeps customer data, ours and vendors', registers one as an OSGi service
 * ({@code @Component(service = PersonalData.class)}); {@link Privacy} calls them all. Permissions are checked by
 * {@link Privacy} (administrators only), not here.
 * <p>
 * <b>Erasure</b> anonymises, it does not delete: it keeps the non-personal aggregates (amounts, counts, stages,
 * statuses, dates, durations, owners), so that reports and forecasts stay right; it replaces names, contact channels,
 * free text (notes, subjects, descriptions, reasons) and custom values with the fixed marker {@link #ERASED} or with
 * null (empty); and it never deletes a row that other modules refer to (a customer, an opportunity, an order). Rows
 * that nothing refers to and that only hold personal data (a channel, a custom value) may be deleted. It runs in the
 * caller's transaction, writes no audit entries of its own (they would copy the values it removes: {@link Privacy}
 * records the erasure once), and changes nothing when run again on a customer already erased.
 */
public interface PersonalData {

	/** The marker that replaces an erased name or text that may not be empty. */
	String ERASED = "Erased";

	/** The module's name, as the export groups its records and an error names it ({@code contacts}, {@code sales}). */
	String module();

	/**
	 * Everything the module holds about the customer, each record with its fields in a readable order; an empty list
	 * when it holds nothing. Reads on connections of its own.
	 *
	 * @throws RuntimeException (a {@code DatabaseException}) when the database fails; the export names the module
	 */
	List<PersonalRecord> export(long customerId);

	/**
	 * Anonymises what the module holds about the customer, inside the caller's transaction: the caller commits, or
	 * rolls back everything every module did when any one fails.
	 *
	 * @return how many records (rows) it changed or deleted; 0 when there was nothing (left) to erase
	 */
	int erase(Connection transaction, long customerId) throws SQLException;
}
