package org.rapport.contacts;

import org.rapport.platform.persistence.StaleRecordException;

/**
 * Someone else saved the customer after it was opened; nothing of this save was written. The same kind of failure as a
 * stale record in every other module, with a message that names the customer and when it was saved.
 */
public class ConcurrentEditException extends StaleRecordException {

	private static final long serialVersionUID = 1L;

	public ConcurrentEditException(String message) {
		super(message);
	}

	public ConcurrentEditException(String message, Throwable cause) {
		super(message, cause);
	}
}
