package org.rapport.platform.ui.internal.startup;

/**
 * Where opening the database stands, for the welcome part and the status line.
 *
 * @param phase   opening, open or failed
 * @param task    what is being done now (translated), or what is connected once open
 * @param problem what went wrong and what to do (translated); empty unless failed
 */
public record StartupState(Phase phase, String task, String problem) {

	/** The phases of opening the database. */
	public enum Phase {
		OPENING, OPEN, FAILED
	}
}
