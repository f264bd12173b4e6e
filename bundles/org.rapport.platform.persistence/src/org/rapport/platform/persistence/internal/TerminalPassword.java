package org.rapport.platform.persistence.internal;

import java.io.Console;

/**
 * A password typed on the terminal, without echo: only in a headless command that runs on one (its launcher sets
 * {@code rapport.password.prompt}), never in the workbench, which asks in a dialog.
 */
final class TerminalPassword {

	private TerminalPassword() {
	}

	/** What was typed, or empty when there is no terminal to ask on. */
	static String ask(String prompt) {
		Console console = System.console();
		if (console == null || !Boolean.getBoolean("rapport.password.prompt")) {
			return "";
		}
		char[] typed = console.readPassword("%s", prompt);
		return typed == null ? "" : new String(typed);
	}
}
