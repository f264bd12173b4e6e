package org.rapport.platform.persistence.internal;

import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.DatabaseSettings;

/** Turns a failed connection into a message that says what happened and what to do. */
final class ConnectionProblem {

	private ConnectionProblem() {
	}

	static String describe(DatabaseSettings settings, SQLException e) {
		// Derby names the reason in a chained exception (XJ040 "failed to start" has the cause XBM06 next to it).
		java.util.Deque<Throwable> causes = new java.util.ArrayDeque<>(java.util.List.of(e));
		java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		while (!causes.isEmpty()) {
			Throwable t = causes.poll();
			if (!seen.add(t)) {
				continue;
			}
			if (t.getCause() != null) {
				causes.add(t.getCause());
			}
			if (t instanceof SQLException sql && sql.getNextException() != null) {
				causes.add(sql.getNextException());
			}
			if (t instanceof SQLException sql) {
				String state = sql.getSQLState() == null ? "" : sql.getSQLState();
				switch (state) {
				case "XSDB6":
					return NLS.bind(Messages.Connection_inUse, settings.location());
				case "XBM06":
					return NLS.bind(Messages.Encryption_wrongBootPassword, settings.location());
				case "08001":
				case "08004":
					if (state.equals("08004") && settings.kind() != org.rapport.platform.persistence.DatabaseKind.EMBEDDED) {
						return NLS.bind(Messages.Connection_refusedLogin, settings.user(), settings.location());
					}
					return NLS.bind(Messages.Connection_unreachable, settings.location());
				case "28P01":
				case "28000":
					return NLS.bind(Messages.Connection_refusedLogin, settings.user(), settings.location());
				case "3D000":
					return NLS.bind(Messages.Connection_noDatabase, settings.name(), settings.location());
				default:
					break;
				}
			}
		}
		return NLS.bind(Messages.Connection_failed, settings.location(), MigrationRunner.rootMessage(e));
	}
}
