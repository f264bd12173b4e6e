package org.rapport.contacts;

/** Someone else saved the customer after it was opened; nothing of this save was written. */
public class ConcurrentEditException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ConcurrentEditException(String message) {
		super(message);
	}
}
