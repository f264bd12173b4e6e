package org.rapport.platform.security;

/** What a user wants to do in a module. */
public enum Action {
	READ, CREATE, UPDATE, DELETE, IMPORT, EXPORT, ADMINISTER
}
