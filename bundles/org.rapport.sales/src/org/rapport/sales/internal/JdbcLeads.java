package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;

/**
 * Leads in sales_lead. A hand-out asks the chosen strategy who gets each lead, writes the owners, keeps where the
 * turn stopped for that strategy and team, and gives each person a follow-up task per lead, all at once.
 */
@Component(service = Leads.class)
public class JdbcLeads implements Leads {

	private static final String EXTENSION_POINT = "org.rapport.sales.assignmentStrategies";
	private static final String COLUMNS = "id, name, company, email, source, status, owner_login, created_at";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private IExtensionRegistry registry;

	@Reference
	private Tasks tasks;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Lead create(String name, String company, String email, String source) {
		security.checkPermitted(Opportunities.MODULE, Action.CREATE);
		if (name == null || name.isBlank()) {
			throw new ValidationException(List.of(new FieldError("name", Messages.Lead_noName)));
		}
		Instant now = Instant.now();
		long id;
		try (Connection c = database.dataSource().getConnection()) {
			id = nextId(c);
			try (PreparedStatement st = c.prepareStatement("INSERT INTO sales_lead (" + COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
				st.setLong(1, id);
				st.setString(2, name.strip());
				st.setString(3, company);
				st.setString(4, email);
				st.setString(5, source == null || source.isBlank() ? "web" : source.strip());
				st.setString(6, LeadStatus.NEW.name());
				st.setNull(7, java.sql.Types.VARCHAR);
				st.setTimestamp(8, Timestamp.from(now));
				st.executeUpdate();
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, EventTopics.CREATED, id, security.currentUser().login());
		return new Lead(id, name.strip(), company, email, source, LeadStatus.NEW, null, now);
	}

	@Override
	public List<Lead> inStatus(LeadStatus status, int limit) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return read("SELECT " + COLUMNS + " FROM sales_lead WHERE status = ? ORDER BY created_at, id FETCH FIRST "
				+ Math.max(1, Math.min(limit, 100_000)) + " ROWS ONLY", List.of(status.name()));
	}

	@Override
	public Map<String, Integer> assign(List<Long> leadIds, String strategyId, List<String> people) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		if (people.isEmpty()) {
			throw new ValidationException(List.of(new FieldError("team", Messages.Lead_noTeam)));
		}
		AssignmentStrategy strategy = strategy(strategyId);
		List<Lead> leads = new ArrayList<>();
		for (int from = 0; from < leadIds.size(); from += 500) {
			List<Long> chunk = leadIds.subList(from, Math.min(leadIds.size(), from + 500));
			leads.addAll(read("SELECT " + COLUMNS + " FROM sales_lead WHERE id IN ("
					+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY created_at, id",
					new ArrayList<>(chunk)));
		}
		String teamKey = String.join(",", people);
		Map<String, Integer> counts = new LinkedHashMap<>();
		people.forEach(p -> counts.put(p, 0));
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			int next = next(c, strategyId, teamKey);
			List<String> owners;
			try {
				owners = strategy.assign(leads, new AssignmentStrategy.Team(List.copyOf(people), openLeads(c, people),
						next));
			} catch (RuntimeException e) {
				throw new ValidationException(List.of(new FieldError("strategy", NLS.bind(Messages.Lead_strategyFailed,
						strategyId, String.valueOf(e.getMessage())))));
			}
			List<TaskInput> followUps = new ArrayList<>();
			Instant due = Instant.now().plus(2, ChronoUnit.DAYS);
			try (PreparedStatement st = c.prepareStatement("UPDATE sales_lead SET owner_login = ? WHERE id = ?")) {
				for (int i = 0; i < leads.size(); i++) {
					String owner = owners.get(i);
					if (!counts.containsKey(owner)) {
						throw new ValidationException(List.of(new FieldError("strategy", NLS.bind(
								Messages.Lead_strategyFailed, strategyId, owner))));
					}
					st.setString(1, owner);
					st.setLong(2, leads.get(i).id());
					st.addBatch();
					counts.merge(owner, 1, Integer::sum);
					Lead lead = leads.get(i);
					followUps.add(new TaskInput(NLS.bind(Messages.Lead_followUp, lead.name(),
							lead.company() == null ? "" : lead.company()).strip(), null, due, Priority.NORMAL, owner));
				}
				st.executeBatch();
			}
			saveNext(c, strategyId, teamKey, (next + leads.size()) % people.size());
			c.commit();
			tasks.createAll(followUps);
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("sales.lead", "*", "assigned", null, strategyId + ": " + counts);
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, EventTopics.UPDATED, -1, security.currentUser().login());
		return counts;
	}

	private AssignmentStrategy strategy(String id) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (element.getAttribute("id").equals(id)) {
				try {
					return (AssignmentStrategy) element.createExecutableExtension("class");
				} catch (Exception e) {
					throw new ValidationException(List.of(new FieldError("strategy",
							NLS.bind(Messages.Lead_strategyFailed, id, e.getMessage()))));
				}
			}
		}
		List<String> known = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			known.add(element.getAttribute("id"));
		}
		throw new ValidationException(List.of(new FieldError("strategy", NLS.bind(Messages.Lead_noStrategy, id,
				String.join(", ", known)))));
	}

	private static Map<String, Integer> openLeads(Connection c, List<String> people) throws SQLException {
		Map<String, Integer> load = new HashMap<>();
		try (PreparedStatement st = c.prepareStatement("SELECT owner_login, COUNT(*) FROM sales_lead WHERE status IN"
				+ " ('NEW', 'CONTACTED', 'INTENT') AND owner_login IN (" + String.join(", ",
						Collections.nCopies(people.size(), "?")) + ") GROUP BY owner_login")) {
			for (int i = 0; i < people.size(); i++) {
				st.setString(i + 1, people.get(i));
			}
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					load.put(rs.getString(1), rs.getInt(2));
				}
			}
		}
		return load;
	}

	private static int next(Connection c, String strategy, String team) throws SQLException {
		try (PreparedStatement st = c.prepareStatement(
				"SELECT next_person FROM sales_assignment_state WHERE strategy_id = ? AND team_key = ?")) {
			st.setString(1, strategy);
			st.setString(2, team);
			try (ResultSet rs = st.executeQuery()) {
				return rs.next() ? rs.getInt(1) : 0;
			}
		}
	}

	private static void saveNext(Connection c, String strategy, String team, int next) throws SQLException {
		try (PreparedStatement delete = c.prepareStatement(
				"DELETE FROM sales_assignment_state WHERE strategy_id = ? AND team_key = ?");
				PreparedStatement insert = c.prepareStatement(
						"INSERT INTO sales_assignment_state (strategy_id, team_key, next_person) VALUES (?, ?, ?)")) {
			delete.setString(1, strategy);
			delete.setString(2, team);
			delete.executeUpdate();
			insert.setString(1, strategy);
			insert.setString(2, team);
			insert.setInt(3, next);
			insert.executeUpdate();
		}
	}

	private List<Lead> read(String sql, List<Object> params) {
		List<Lead> found = new ArrayList<>();
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
			for (int i = 0; i < params.size(); i++) {
				st.setObject(i + 1, params.get(i));
			}
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					found.add(new Lead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							LeadStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getTimestamp(8).toInstant()));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return found;
	}

	private long nextId(Connection c) throws SQLException {
		String sql = database.info().kind() == DatabaseKind.POSTGRESQL ? "SELECT nextval('sales_seq')"
				: "VALUES NEXT VALUE FOR sales_seq";
		try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
