package org.rapport.contacts;

/** An organisation we sell to (B2B) or a person (B2C, or a contact at an account). */
public enum CustomerKind {
	ACCOUNT, PERSON
}
