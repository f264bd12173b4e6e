package org.rapport.platform.events;

/**
 * Topic conventions for OSGi EventAdmin: {@code org/rapport/<module>/<entity>/<ACTION>}. Events are posted by
 * the service layer, so that the UI, imports, headless commands and vendor modules all see them.
 */
public final class EventTopics {

	/** Event property: id of the record concerned. */
	public static final String ID = "id";
	/** Event property: login of the user who acted. */
	public static final String USER = "user";
	/** Event property: the affected record or value object. */
	public static final String DATA = "org.eclipse.e4.data";

	public static final String CREATED = "CREATED";
	public static final String UPDATED = "UPDATED";
	public static final String DELETED = "DELETED";

	/** The database is open and migrated. */
	public static final String DATABASE_OPENED = "org/rapport/platform/database/OPENED";
	/** The database could not be opened; property {@link #DATA} holds the translated reason. */
	public static final String DATABASE_FAILED = "org/rapport/platform/database/FAILED";
	/** Every action on approval requests (requested, decided, withdrawn). */
	public static final String APPROVALS = "org/rapport/platform/approval/*";
	/** A backup was restored and the database reopened. */
	public static final String DATABASE_RESTORED = "org/rapport/platform/database/RESTORED";

	private EventTopics() {
	}

	/** {@code topic("contacts", "customer", CREATED)} gives {@code org/rapport/contacts/customer/CREATED}. */
	public static String topic(String module, String entity, String action) {
		return "org/rapport/" + module + "/" + entity + "/" + action;
	}

	/** Every action on an entity, for subscriptions: {@code org/rapport/contacts/customer/*}. */
	public static String allOf(String module, String entity) {
		return "org/rapport/" + module + "/" + entity + "/*";
	}
}
