package org.rapport.platform.ui.internal.parts;

import org.rapport.platform.security.Role;
import org.rapport.platform.ui.internal.Messages;

/** Translated names of roles. */
final class RoleNames {

	private RoleNames() {
	}

	static String of(Role role) {
		return switch (role) {
		case ADMINISTRATOR -> Messages.Role_administrator;
		case SALES_MANAGER -> Messages.Role_salesManager;
		case SALES_REP -> Messages.Role_salesRep;
		case MARKETER -> Messages.Role_marketer;
		case SERVICE_AGENT -> Messages.Role_serviceAgent;
		case ANALYST -> Messages.Role_analyst;
		};
	}
}
