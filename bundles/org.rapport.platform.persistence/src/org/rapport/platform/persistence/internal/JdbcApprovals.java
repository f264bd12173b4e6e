package org.rapport.platform.persistence.internal;

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
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.RecordType;
import org.rapport.platform.security.RecordTypes;
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

	@Reference
	private RecordTypes types;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Approval request(ApprovalRequest r) {
		// The record type's declared policy names the approver, whatever the asking code says.
		Role approver = types.type(r.module() + "." + r.entity()).map(RecordType::approver).orElse(r.approver());
		if (r.summary() == null || r.summary().isBlank() || approver == null) {
			throw new ValidationException("summary", Messages.Approval_incomplete);
		}
		Jdbc jdbc = database.jdbc();
		long id = jdbc.inTransaction(c -> {
			Rows.update(c, "UPDATE platform_approval SET state = 'WITHDRAWN' WHERE module = ? AND entity = ?"
					+ " AND record_id = ? AND state = 'PENDING'", r.module(), r.entity(), r.recordId());
			// platform_approval_seq steps by one (requests are few), so each value is one id, not a block.
			long made = Rows.first(c, jdbc.dialect().nextValueQuery("platform_approval_seq"), List.of(),
					rs -> rs.getLong(1)).orElseThrow();
			Rows.update(c, "INSERT INTO platform_approval (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING',"
					+ " NULL, NULL, '')", made, r.module(), r.entity(), r.recordId(), r.summary().strip(), approver.name(),
					security.currentLogin(), Instant.now());
			audit.record(c, "platform.approval", String.valueOf(made), "state", null, r.module() + "/" + r.entity()
					+ "/" + r.recordId() + " " + REQUESTED);
			return made;
		});
		Approval made = find(id).orElseThrow();
		post(made, REQUESTED);
		return made;
	}

	@Override
	public List<Approval> inbox() {
		User me = security.currentUser();
		if (me.roles().contains(Role.ADMINISTRATOR)) {
			// Administrators decide what any role may.
			return read("SELECT " + COLUMNS + " FROM platform_approval WHERE state = 'PENDING' AND requested_by <> ?"
					+ " ORDER BY requested_at, id", List.of(me.login()));
		}
		List<Role> roles = List.copyOf(me.roles());
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
				+ " id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", List.of(security.currentLogin()));
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
		database.jdbc().change(c -> {
			int changed = Rows.update(c, "UPDATE platform_approval SET state = ?, decided_by = ?, decided_at = ?,"
					+ " decision_comment = ? WHERE id = ? AND state = 'PENDING'", state, me.login(), Instant.now(),
					comment == null ? "" : comment.strip(), id);
			if (changed == 0) {
				throw new ValidationException("approval", NLS.bind(Messages.Approval_notPending, pending.summary(),
						pending.state()));
			}
			audit.record(c, "platform.approval", String.valueOf(id), "state", ApprovalState.PENDING.name(),
					state.name());
		});
		Approval decided = find(id).orElseThrow();
		post(decided, approve ? APPROVED : REJECTED);
		return decided;
	}

	private void post(Approval a, String action) {
		EventAdmin admin = events;
		if (admin != null) {
			Map<String, Object> properties = new HashMap<>();
			properties.put(EventTopics.ID, a.id());
			properties.put(EventTopics.USER, security.currentLogin());
			properties.put(EventTopics.DATA, a.id());
			properties.put("module", a.module());
			properties.put("entity", a.entity());
			properties.put("recordId", a.recordId());
			admin.postEvent(new Event(EventTopics.topic(MODULE, ENTITY, action), properties));
		}
	}

	private List<Approval> read(String sql, List<?> params) {
		return database.jdbc().query(sql, params, rs -> new Approval(rs.getLong(1), rs.getString(2), rs.getString(3),
				rs.getLong(4), rs.getString(5), Role.valueOf(rs.getString(6)), rs.getString(7), Rows.instant(rs, 8),
				ApprovalState.valueOf(rs.getString(9)), rs.getString(10), Rows.instant(rs, 11),
				rs.getString(12) == null ? "" : rs.getString(12)));
	}
}
