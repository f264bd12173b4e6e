package org.rapport.contacts;

/** The part a person plays in the buying decisions of their account. */
public enum AccountRole {
	DECISION_MAKER, PURCHASER, USER, TECHNICAL_GATEKEEPER, FINANCIAL_GATEKEEPER
}
