package org.rapport.platform.audit;

/**
 * What a check of the audit log's hash chain found.
 *
 * @param checked       entries checked, in the order they were chained
 * @param beforeChain   entries written before the chain began (not checked)
 * @param brokenAt      the chain number of the first entry that does not follow from the one before, or 0 when the
 *                      chain is whole
 * @param problem       what is wrong there, in the user's language; empty when whole
 */
public record AuditCheck(long checked, long beforeChain, long brokenAt, String problem) {

	/** Whether every entry still follows from the one before it. */
	public boolean whole() {
		return brokenAt == 0;
	}
}
