package org.rapport.contacts;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A module's part of the {@code demo-data} command: after the demo customers are made, every registered
 * DemoRecords service (OSGi whiteboard) adds its own records for them: interactions, tasks, opportunities.
 * They run in ascending {@code service.ranking}: a module whose records build on another's (sales owners from
 * the engagement module's sales team) registers with a higher ranking.
 */
public interface DemoRecords {

	/**
	 * Adds demo records for the customers just made.
	 *
	 * @param afterId the new demo customers are those with a greater id
	 * @param seed    the command's seed: the same seed gives the same records
	 * @param monitor progress and cancellation
	 * @return one line for the command to print, saying what was added
	 */
	String add(long afterId, int seed, IProgressMonitor monitor) throws Exception;
}
