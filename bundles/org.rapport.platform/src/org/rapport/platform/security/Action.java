package org.rapport.platform.security;

import org.rapport.platform.internal.security.Messages;

/** What a user wants to do in a module. */
public enum Action {
	READ, CREATE, UPDATE, DELETE, IMPORT, EXPORT, ADMINISTER;

	/** The action in the user's language, as a refusal names it ("read", "administer"). */
	public String label() {
		return switch (this) {
		case READ -> Messages.Action_read;
		case CREATE -> Messages.Action_create;
		case UPDATE -> Messages.Action_update;
		case DELETE -> Messages.Action_delete;
		case IMPORT -> Messages.Action_import;
		case EXPORT -> Messages.Action_export;
		case ADMINISTER -> Messages.Action_administer;
		};
	}
}
