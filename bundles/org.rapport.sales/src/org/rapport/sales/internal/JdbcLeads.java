package org.rapport.sales.internal;

import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadChange;
import org.rapport.sales.LeadConversion;
import org.rapport.sales.LeadInput;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

/**
 * Leads in sales_lead with their statuses in sales_lead_history. Hand-outs are {@link LeadAssignment}'s,
 * conversions {@link LeadConverter}'s, CSV files {@link LeadFile}'s.
 */
@Component(service = Leads.class)
public class JdbcLeads implements Leads {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private IExtensionRegistry registry;

	@Reference
	private Tasks tasks;

	@Reference
	private CustomerService customers;

	@Reference
	private Opportunities opportunities;

	@Reference
	private Interactions interactions;

	@Reference
	private SalesProcesses processes;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Lead create(LeadInput input) {
		security.checkPermitted(Opportunities.MODULE, Action.CREATE);
		List<FieldError> errors = LeadFile.problems(input);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		long id = insert(List.of(input), null).get(0);
		post(id, EventTopics.CREATED);
		return find(id).orElseThrow();
	}

	@Override
	public Optional<Lead> find(long id) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return read("SELECT " + LeadStore.COLUMNS + " FROM sales_lead WHERE id = ?", List.of(id)).stream().findFirst();
	}

	@Override
	public List<Lead> list(LeadStatus status, String owner, Lead after, int limit) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		StringBuilder sql = new StringBuilder("SELECT " + LeadStore.COLUMNS + " FROM sales_lead WHERE ");
		List<Object> params = new ArrayList<>();
		sql.append(status == null ? "status IN ('NEW', 'CONTACTED', 'INTENT')" : "status = ?");
		if (status != null) {
			params.add(status.name());
		}
		if (owner != null) {
			sql.append(owner.isEmpty() ? " AND owner_login IS NULL" : " AND owner_login = ?");
			if (!owner.isEmpty()) {
				params.add(owner);
			}
		}
		if (after != null) {
			Timestamp at = Timestamp.from(after.created());
			sql.append(" AND (created_at > ? OR (created_at = ? AND id > ?))");
			params.addAll(List.of(at, at, after.id()));
		}
		sql.append(" ORDER BY created_at, id FETCH FIRST ").append(Math.max(1, Math.min(limit, 100_000)))
				.append(" ROWS ONLY");
		return read(sql.toString(), params);
	}

	@Override
	public Lead setStatus(long id, LeadStatus status, String reason) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Lead lead = find(id).orElseThrow(() -> new ValidationException("lead", NLS.bind(Messages.Lead_notFound, id)));
		if (status == LeadStatus.QUALIFIED) {
			throw new ValidationException("status", Messages.Lead_qualifyByConverting);
		}
		if (lead.status() == LeadStatus.QUALIFIED) {
			throw new ValidationException("status", NLS.bind(Messages.Lead_converted, lead.name()));
		}
		if (status == LeadStatus.LOST && (reason == null || reason.isBlank())) {
			throw new ValidationException("reason", Messages.Lead_lostReason);
		}
		Instant now = Instant.now();
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement st = c.prepareStatement("UPDATE sales_lead SET status = ?, lost_reason = ? WHERE id = ?");
					PreparedStatement history = c.prepareStatement(LeadStore.HISTORY)) {
				st.setString(1, status.name());
				st.setString(2, status == LeadStatus.LOST ? reason.strip() : "");
				st.setLong(3, id);
				st.executeUpdate();
				LeadStore.history(history, id, status, now, security.currentUser().login(), reason);
				history.executeUpdate();
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("sales.lead", String.valueOf(id), "status", lead.status().name(), status.name());
		post(id, EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public List<LeadChange> history(long id) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		List<LeadChange> changes = new ArrayList<>();
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"SELECT status, changed_at, changed_by, reason FROM sales_lead_history WHERE lead_id = ? ORDER BY changed_at")) {
			st.setLong(1, id);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					changes.add(new LeadChange(LeadStatus.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
							rs.getString(3), LeadStore.text(rs.getString(4))));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return changes;
	}

	@Override
	public Lead convert(long id, LeadConversion conversion) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Lead lead = find(id).orElseThrow(() -> new ValidationException("lead", NLS.bind(Messages.Lead_notFound, id)));
		new LeadConverter(database, security, customers, opportunities, interactions).convert(lead, history(id),
				conversion);
		audit.record("sales.lead", String.valueOf(id), "status", lead.status().name(), LeadStatus.QUALIFIED.name());
		post(id, EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public int importLeads(Reader csv, String fileName, IProgressMonitor monitor) {
		security.checkPermitted(Opportunities.MODULE, Action.IMPORT);
		List<LeadInput> read = LeadFile.read(csv, fileName);
		insert(read, monitor);
		audit.record("sales.lead", "*", "imported", null, read.size() + " from " + fileName);
		post(-1, EventTopics.CREATED);
		return read.size();
	}

	@Override
	public Map<String, Integer> assign(List<Long> leadIds, String strategyId, List<String> people) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		List<String[]> closed = new ArrayList<>();
		for (SalesProcess p : processes.list()) {
			p.stages().stream().filter(s -> s.outcome() != SalesStage.Outcome.OPEN)
					.forEach(s -> closed.add(new String[] { p.id(), s.id() }));
		}
		Map<String, Integer> counts = new LeadAssignment(database, registry, tasks, closed).assign(leadIds, strategyId,
				people, territoryKeys());
		audit.record("sales.lead", "*", "assigned", null, strategyId + ": " + counts);
		post(-1, EventTopics.UPDATED);
		return counts;
	}

	@Override
	public Map<String, String> strategies() {
		Map<String, String> found = new LinkedHashMap<>();
		for (org.eclipse.core.runtime.IConfigurationElement e : registry
				.getConfigurationElementsFor("org.rapport.sales.assignmentStrategies")) {
			found.put(e.getAttribute("id"), e.getAttribute("label"));
		}
		return found;
	}

	@Override
	public Map<String, String> territories() {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		Map<String, String> rules = new LinkedHashMap<>();
		query("SELECT region, owner_login FROM sales_territory ORDER BY region", rs -> rules.put(rs.getString(1),
				rs.getString(2)));
		return rules;
	}

	@Override
	public void territory(String region, String login) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		String key = AssignmentStrategy.Team.regionKey(region);
		if (key.isEmpty()) {
			throw new ValidationException("region", Messages.Territory_noRegion);
		}
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM sales_territory WHERE region_key = ?");
					PreparedStatement insert = c.prepareStatement(
							"INSERT INTO sales_territory (region_key, region, owner_login) VALUES (?, ?, ?)")) {
				delete.setString(1, key);
				delete.executeUpdate();
				if (login != null && !login.isBlank()) {
					insert.setString(1, key);
					insert.setString(2, region.strip());
					insert.setString(3, login.strip());
					insert.executeUpdate();
				}
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("sales.territory", key, "owner", null, login);
	}

	private Map<String, String> territoryKeys() {
		Map<String, String> rules = new LinkedHashMap<>();
		query("SELECT region_key, owner_login FROM sales_territory", rs -> rules.put(rs.getString(1), rs.getString(2)));
		return rules;
	}

	/** Inserts leads in one transaction (all or nothing), each with its first history line; returns their ids. */
	private List<Long> insert(List<LeadInput> inputs, IProgressMonitor monitor) {
		List<Long> ids = new ArrayList<>();
		Instant now = Instant.now();
		String user = security.currentUser().login();
		SalesIds sequence = new SalesIds(database.info().kind());
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement st = c.prepareStatement(LeadStore.INSERT);
					PreparedStatement history = c.prepareStatement(LeadStore.HISTORY)) {
				for (LeadInput in : inputs) {
					long id = sequence.next(c);
					LeadStore.insert(st, id, in, now);
					st.addBatch();
					LeadStore.history(history, id, LeadStatus.NEW, now, user, "");
					history.addBatch();
					ids.add(id);
					if (ids.size() % 1000 == 0) {
						st.executeBatch();
						history.executeBatch();
						if (monitor != null) {
							monitor.worked(1000);
							if (monitor.isCanceled()) {
								c.rollback();
								throw new OperationCanceledException();
							}
						}
					}
				}
				st.executeBatch();
				history.executeBatch();
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return ids;
	}

	private interface RowReader {
		void read(ResultSet rs) throws SQLException;
	}

	private void query(String sql, RowReader reader) {
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql);
				ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				reader.read(rs);
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private List<Lead> read(String sql, List<?> params) {
		try (Connection c = database.dataSource().getConnection()) {
			return LeadStore.read(c, sql, params);
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private void post(long id, String action) {
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, action, id, security.currentUser().login());
	}
}
