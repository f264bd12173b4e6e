package org.rapport.platform.security;

/** Thrown by the service layer when the signed-in user lacks a permission. */
public class AccessDeniedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String module;
	private final Action action;

	public AccessDeniedException(String module, Action action, String message) {
		super(message);
		this.module = module;
		this.action = action;
	}

	public String module() {
		return module;
	}

	public Action action() {
		return action;
	}
}
