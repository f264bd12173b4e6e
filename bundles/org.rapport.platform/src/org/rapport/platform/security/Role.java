package org.rapport.platform.security;

/** The roles of a CRM team. Permissions per role are fixed by the platform's policy. */
public enum Role {
	ADMINISTRATOR, SALES_MANAGER, SALES_REP, MARKETER, SERVICE_AGENT, ANALYST
}
