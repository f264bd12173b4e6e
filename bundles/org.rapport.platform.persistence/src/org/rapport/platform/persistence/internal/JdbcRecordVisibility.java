package org.rapport.platform.persistence.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.RecordType;
import org.rapport.platform.security.RecordTypes;
import org.rapport.platform.security.RecordVisibility;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.Sharing;
import org.rapport.platform.security.User;

/**
 * Whose records a person sees: their own; their teams' when the type is shared with the team or department, or when
 * they manage; their department's when shared with the department; all when shared with everyone or when they
 * administer. The PostgreSQL policies of {@link ServerSecurity} apply the same rule on the server.
 */
@Component(service = RecordVisibility.class)
public class JdbcRecordVisibility implements RecordVisibility {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private RecordTypes types;

	@Reference
	private AuditLog audit;

	@Override
	public Optional<Set<String>> visibleOwners(String recordType) {
		User me = security.currentUser();
		Sharing sharing = sharing(recordType);
		if (me.hasRole(Role.ADMINISTRATOR) || sharing == Sharing.EVERYONE) {
			return Optional.empty();
		}
		Set<String> owners = new HashSet<>();
		owners.add(me.login());
		boolean manages = me.roles().stream().anyMatch(Role::manages);
		if (manages || sharing == Sharing.TEAM || sharing == Sharing.DEPARTMENT) {
			owners.addAll(database.jdbc().query("SELECT them.login FROM platform_team_member me JOIN platform_team_member"
					+ " them ON them.team_name = me.team_name WHERE me.login = ?", List.of(me.login()),
					rs -> rs.getString(1)));
		}
		if (sharing == Sharing.DEPARTMENT && me.department() != null && !me.department().isBlank()) {
			owners.addAll(database.jdbc().query("SELECT login FROM platform_user WHERE department = ?",
					List.of(me.department()), rs -> rs.getString(1)));
		}
		return Optional.of(Set.copyOf(owners));
	}

	@Override
	public Sharing sharing(String recordType) {
		RecordType type = declared(recordType);
		return database.jdbc().first("SELECT sharing FROM platform_record_sharing WHERE record_type = ?",
				List.of(recordType), rs -> Sharing.valueOf(rs.getString(1))).orElse(type.defaultSharing());
	}

	@Override
	public void share(String recordType, Sharing sharing) {
		security.checkPermitted(Directory.MODULE, Action.ADMINISTER);
		declared(recordType);
		ServerLogins.requireAdministrator(database);
		Sharing before = sharing(recordType);
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM platform_record_sharing WHERE record_type = ?", recordType);
			Rows.update(c, "INSERT INTO platform_record_sharing (record_type, sharing) VALUES (?, ?)", recordType,
					sharing.name());
			audit.record(c, "platform.sharing", recordType, "sharing", before.name(), sharing.name());
		});
	}

	private RecordType declared(String recordType) {
		return types.type(recordType)
				.orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Sharing_unknownType, recordType)));
	}
}
