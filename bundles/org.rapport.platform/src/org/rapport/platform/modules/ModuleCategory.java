package org.rapport.platform.modules;

/** Whether a module serves every CRM or one trade. */
public enum ModuleCategory {
	/** Contacts, sales, marketing, service, analytics. */
	CORE,
	/** Hospitality, finance, or a vendor's trade module. */
	INDUSTRY
}
