package org.rapport.platform.persistence;

/**
 * Someone else saved the record after it was read: nothing of this change was written. The message asks the user to
 * open the record again and repeat the change.
 */
public class StaleRecordException extends DatabaseException {

	private static final long serialVersionUID = 1L;

	public StaleRecordException(String message, Throwable cause) {
		super(message, cause);
	}

	public StaleRecordException(String message) {
		super(message);
	}
}
