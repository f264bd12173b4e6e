package org.rapport.platform.security;

import org.rapport.platform.internal.security.Messages;

/** What a role may do with a sensitive field. */
public enum FieldAccess {
	/** Read and change it. */
	EDIT,
	/** Read it, not change it. */
	READ_ONLY,
	/** Neither: it is shown masked, and saving keeps its stored value. */
	HIDDEN;

	/** The access in the user's language. */
	public String label() {
		return switch (this) {
		case EDIT -> Messages.FieldAccess_edit;
		case READ_ONLY -> Messages.FieldAccess_readOnly;
		case HIDDEN -> Messages.FieldAccess_hidden;
		};
	}
}
