package org.rapport.platform.ui.internal.parts;

import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.ui.internal.Messages;

/** Translated names of the kinds of database. */
public final class KindNames {

	private KindNames() {
	}

	public static String of(DatabaseKind kind) {
		return switch (kind) {
		case POSTGRESQL -> Messages.Kind_postgresql;
		case DERBY_SERVER -> Messages.Kind_derbyServer;
		default -> Messages.Kind_embedded;
		};
	}
}
