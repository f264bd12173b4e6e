package org.rapport.contacts.engagement.internal;

import org.rapport.platform.persistence.Database;

import jakarta.persistence.EntityManagerFactory;

/** The engagement persistence unit (src/META-INF/persistence.xml): tasks and appointments. */
final class EngagementUnit {

	static final String NAME = "org.rapport.contacts.engagement";

	/** The sequence of every engagement table, in blocks of 50 for JPA and SQL alike. */
	static final String SEQUENCE = "engagement_seq";

	private EngagementUnit() {
	}

	/** The open database's factory of the unit; asked for each time, since a restore replaces it. */
	static EntityManagerFactory factory(Database database) {
		return database.entityManagerFactory(EngagementUnit.class, NAME);
	}
}
