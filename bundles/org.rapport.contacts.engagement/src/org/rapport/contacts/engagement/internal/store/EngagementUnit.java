package org.rapport.contacts.engagement.internal.store;

import org.rapport.platform.persistence.Database;

import jakarta.persistence.EntityManagerFactory;

/** The engagement persistence unit (src/META-INF/persistence.xml): tasks and appointments. */
public final class EngagementUnit {

	static final String NAME = "org.rapport.contacts.engagement";

	/** The sequence of every engagement table, in blocks of 50 for JPA and SQL alike. */
	public static final String SEQUENCE = "engagement_seq";

	private EngagementUnit() {
	}

	/** The open database's factory of the unit; asked for each time, since a restore replaces it. */
	public static EntityManagerFactory factory(Database database) {
		return database.entityManagerFactory(EngagementUnit.class, NAME);
	}
}
