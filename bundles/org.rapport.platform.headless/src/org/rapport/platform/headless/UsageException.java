package org.rapport.platform.headless;

/** A headless command was called wrongly; the message says how. Exit code 2. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
