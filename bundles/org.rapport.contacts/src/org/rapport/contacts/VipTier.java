package org.rapport.contacts;

/** Service level a customer has earned. */
public enum VipTier {
	NONE, SILVER, GOLD, PLATINUM
}
