package org.rapport.platform.security;

import org.rapport.platform.internal.security.Messages;

/** The roles of a CRM team. Permissions per role are fixed by the platform's policy. */
public enum Role {
	ADMINISTRATOR, SALES_MANAGER, SALES_REP, MARKETER, SERVICE_AGENT, ANALYST;

	/** The role's name in the user's language. */
	public String label() {
		return switch (this) {
		case ADMINISTRATOR -> Messages.Role_administrator;
		case SALES_MANAGER -> Messages.Role_salesManager;
		case SALES_REP -> Messages.Role_salesRep;
		case MARKETER -> Messages.Role_marketer;
		case SERVICE_AGENT -> Messages.Role_serviceAgent;
		case ANALYST -> Messages.Role_analyst;
		};
	}
}
