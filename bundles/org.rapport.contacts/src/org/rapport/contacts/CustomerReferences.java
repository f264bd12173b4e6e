package org.rapport.contacts;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The customer ids a module holds in its records (opportunities, cases, stays, accounts...). Every module that holds
 * them registers one of these as an OSGi service. When two customers merge, {@link CustomerDuplicates#merge} calls
 * every one of them on the merge's own connection, after the merged customer's row is gone: the module's records move
 * to the kept customer with the merge, or the whole merge rolls back. Nothing depends on an event being delivered.
 * <p>
 * On PostgreSQL a person sees only some of a module's rows (row-level security), so a module whose tables have
 * policies moves its rows through a function of its own migration, owned by the installation's administrator
 * ({@code SECURITY DEFINER}), that first calls the public SQL function {@code contacts_check_merge(merged, kept)}:
 * it refuses unless the merged customer no longer exists and the kept one does. The sales module's migration
 * ({@code sales_repoint_customer}) is the example.
 */
public interface CustomerReferences {

	/**
	 * Moves every reference to {@code mergedId} to {@code keptId}, in the caller's transaction.
	 *
	 * @return how many records moved
	 */
	int repoint(Connection c, long mergedId, long keptId) throws SQLException;
}
