package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.platform.approvals.Approval;
import org.rapport.platform.approvals.ApprovalRequest;
import org.rapport.platform.approvals.ApprovalState;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.ValidationException;

/** Approval requests in platform_approval; the inbox reads pending ones of the user's roles. */
@Component(service = Approvals.class)
public class JdbcApprovals implements Approvals {

	private static final String COLUMNS = "id, module, entity, record_id, summary, approver_role, requested_by,"
			+ " requested_at, state, decided_by, decided_at, decision_comment";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Approval request(ApprovalRequest r) {
		if (r.summary() == null || r.summary().isBlank() || r.approver() == null) {
			throw new ValidationException("summary", Messages.Approval_incomplete);
		}
		long id;
		Instant now = Instant.now();
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement withdraw = c.prepareStatement("UPDATE platform_approval SET state = 'WITHDRAWN'"
					+ " WHERE module = ? AND entity = ? AND record_id = ? AND state = 'PENDING'");
					PreparedStatement insert = c.prepareStatement("INSERT INTO platform_approval (" + COLUMNS
							+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', NULL, NULL, '')")) {
				withdraw.setString(1, r.module());
				withdraw.setString(2, r.entity());
				withdraw.setLong(3, r.recordId());
				withdraw.executeUpdate();
				id = nextId(c);
				insert.setLong(1, id);
				insert.setString(2, r.module());
				insert.setString(3, r.entity());
				insert.setLong(4, r.recordId());
				insert.setString(5, r.summary().strip());
				insert.setString(6, r.approver().name());
				insert.setString(7, security.currentUser().login());
				insert.setTimestamp(8, Timestamp.from(now));
				insert.executeUpdate();
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		Approval made = find(id).orElseThrow();
		audit.record("platform.approval", String.valueOf(id), "state", null, r.module() + "/" + r.entity() + "/"
				+ r.recordId() + " " + REQUESTED);
		post(made, REQUESTED);
		return made;
	}

	@Override
	public List<Approval> inbox() {
		User me = security.currentUser();
		List<Role> roles = me.roles().contains(Role.ADMINISTRATOR) ? List.of(Role.values()) : List.copyOf(me.roles());
		if (roles.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		roles.forEach(role -> params.add(role.name()));
		params.add(me.login());
		return read("SELECT " + COLUMNS + " FROM platform_approval WHERE state = 'PENDING' AND approver_role IN ("
				+ "?, ".repeat(roles.size() - 1) + "?) AND requested_by <> ? ORDER BY requested_at, id", params);
	}

	@Override
	public List<Approval> requested(int limit) {
		return read("SELECT " + COLUMNS + " FROM platform_approval WHERE requested_by = ? ORDER BY requested_at DESC,"
				+ " id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", List.of(security.currentUser().login()));
	}

	@Override
	public Optional<Approval> find(long id) {
		return read("SELECT " + COLUMNS + " FROM platform_approval WHERE id = ?", List.of(id)).stream().findFirst();
	}

	@Override
	public Optional<Approval> latest(String module, String entity, long recordId) {
		return read("SELECT " + COLUMNS + " FROM platform_approval WHERE module = ? AND entity = ? AND record_id = ?"
				+ " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", List.of(module, entity, recordId)).stream().findFirst();
	}

	@Override
	public java.util.Map<Long, Approval> latest(String module, String entity, java.util.Collection<Long> recordIds) {
		java.util.Map<Long, Approval> newest = new java.util.HashMap<>();
		List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(recordIds));
		// In slices, so that a long list does not exceed the database's limit on parameters.
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
			List<Object> params = new java.util.ArrayList<>(List.of(module, entity));
			params.addAll(slice);
			for (Approval a : read("SELECT " + COLUMNS + " FROM platform_approval WHERE module = ? AND entity = ?"
					+ " AND record_id IN (" + String.join(", ", java.util.Collections.nCopies(slice.size(), "?"))
					+ ") ORDER BY id", params)) {
				newest.put(a.recordId(), a);
			}
		}
		return newest;
	}

	@Override
	public Approval decide(long id, boolean approve, String comment) {
		Approval pending = find(id).orElseThrow(() -> new ValidationException("approval",
				NLS.bind(Messages.Approval_notFound, id)));
		User me = security.currentUser();
		if (pending.requestedBy().equals(me.login())) {
			throw new AccessDeniedException(MODULE, Action.UPDATE, Messages.Approval_own);
		}
		if (!me.roles().contains(pending.approver()) && !me.roles().contains(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException(MODULE, Action.UPDATE, NLS.bind(Messages.Approval_notYours, pending.approver().label()));
		}
		if (!approve && (comment == null || comment.isBlank())) {
			throw new ValidationException("comment", Messages.Approval_reasonRequired);
		}
		ApprovalState state = approve ? ApprovalState.APPROVED : ApprovalState.REJECTED;
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"UPDATE platform_approval SET state = ?, decided_by = ?, decided_at = ?, decision_comment = ?"
						+ " WHERE id = ? AND state = 'PENDING'")) {
			st.setString(1, state.name());
			st.setString(2, me.login());
			st.setTimestamp(3, Timestamp.from(Instant.now()));
			st.setString(4, comment == null ? "" : comment.strip());
			st.setLong(5, id);
			if (st.executeUpdate() == 0) {
				throw new ValidationException("approval", NLS.bind(Messages.Approval_notPending, pending.summary(),
						pending.state()));
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		Approval decided = find(id).orElseThrow();
		audit.record("platform.approval", String.valueOf(id), "state", ApprovalState.PENDING.name(), state.name());
		post(decided, approve ? APPROVED : REJECTED);
		return decided;
	}

	private void post(Approval a, String action) {
		EventAdmin admin = events;
		if (admin != null) {
			Map<String, Object> properties = new HashMap<>();
			properties.put(EventTopics.ID, a.id());
			properties.put(EventTopics.USER, security.currentUser().login());
			properties.put(EventTopics.DATA, a.id());
			properties.put("module", a.module());
			properties.put("entity", a.entity());
			properties.put("recordId", a.recordId());
			admin.postEvent(new Event(EventTopics.topic(MODULE, ENTITY, action), properties));
		}
	}

	private List<Approval> read(String sql, List<?> params) {
		return Rows.query(database.dataSource(), sql, params, rs -> {
			Timestamp decided = rs.getTimestamp(11);
			return new Approval(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
					Role.valueOf(rs.getString(6)), rs.getString(7), rs.getTimestamp(8).toInstant(),
					ApprovalState.valueOf(rs.getString(9)), rs.getString(10), decided == null ? null : decided.toInstant(),
					rs.getString(12) == null ? "" : rs.getString(12));
		});
	}

	private long nextId(Connection c) throws SQLException {
		String sql = database.info().kind() == DatabaseKind.POSTGRESQL ? "SELECT nextval('platform_approval_seq')"
				: "VALUES NEXT VALUE FOR platform_approval_seq";
		try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
