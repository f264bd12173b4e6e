package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;

/**
 * One hand-out: asks the chosen strategy who gets each lead, writes the owners, keeps where the turn stopped for
 * that strategy and team, and gives each person a follow-up task per lead, all at once.
 */
final class LeadAssignment {

	private static final String EXTENSION_POINT = "org.rapport.sales.assignmentStrategies";

	private final Database database;
	private final IExtensionRegistry registry;
	private final Tasks tasks;
	private final List<String[]> closedStages;

	/** @param closedStages process and stage ids of the stages that close an opportunity (won, lost) */
	LeadAssignment(Database database, IExtensionRegistry registry, Tasks tasks, List<String[]> closedStages) {
		this.database = database;
		this.registry = registry;
		this.tasks = tasks;
		this.closedStages = closedStages;
	}

	Map<String, Integer> assign(List<Long> leadIds, String strategyId, List<String> people,
			Map<String, String> territories) {
		if (people.isEmpty()) {
			throw new ValidationException(List.of(new FieldError("team", Messages.Lead_noTeam)));
		}
		AssignmentStrategy strategy = strategy(strategyId);
		String teamKey = String.join(",", people);
		Map<String, Integer> counts = new LinkedHashMap<>();
		people.forEach(p -> counts.put(p, 0));
		List<TaskInput> followUps = new ArrayList<>();
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try {
				List<Lead> leads = new ArrayList<>();
				for (int from = 0; from < leadIds.size(); from += 500) {
					List<Long> chunk = leadIds.subList(from, Math.min(leadIds.size(), from + 500));
					leads.addAll(LeadStore.read(c, "SELECT " + LeadStore.COLUMNS + " FROM sales_lead WHERE id IN ("
							+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY created_at, id",
							new ArrayList<>(chunk)));
				}
				int next = next(c, strategyId, teamKey);
				List<String> owners;
				try {
					owners = strategy.assign(leads, new AssignmentStrategy.Team(List.copyOf(people), openLeads(c, people),
							next, Map.copyOf(territories)));
				} catch (RuntimeException e) {
					throw new ValidationException(List.of(new FieldError("strategy", NLS.bind(Messages.Lead_strategyFailed,
							strategyId, String.valueOf(e.getMessage())))));
				}
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
						followUps.add(new TaskInput(NLS.bind(Messages.Lead_followUp, lead.name(), lead.company()).strip(),
								null, due, Priority.NORMAL, owner));
						if (i % 1000 == 999) {
							st.executeBatch();
						}
					}
					st.executeBatch();
				}
				saveNext(c, strategyId, teamKey, (next + leads.size()) % people.size());
				c.commit();
			} catch (RuntimeException e) {
				// Derby will not close a connection in an open transaction: end it before the refusal goes up.
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		tasks.createAll(followUps);
		return counts;
	}

	private AssignmentStrategy strategy(String id) {
		List<String> known = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (element.getAttribute("id").equals(id)) {
				try {
					return (AssignmentStrategy) element.createExecutableExtension("class");
				} catch (Exception e) {
					throw new ValidationException(List.of(new FieldError("strategy",
							NLS.bind(Messages.Lead_strategyFailed, id, e.getMessage()))));
				}
			}
			known.add(element.getAttribute("id"));
		}
		throw new ValidationException(List.of(new FieldError("strategy", NLS.bind(Messages.Lead_noStrategy, id,
				String.join(", ", known)))));
	}

	/** Each person's open leads plus open opportunities. */
	private Map<String, Integer> openLeads(Connection c, List<String> people) throws SQLException {
		Map<String, Integer> load = new HashMap<>();
		String in = " owner_login IN (" + String.join(", ", Collections.nCopies(people.size(), "?")) + ")";
		String closed = closedStages.isEmpty() ? "" : " AND NOT (" + String.join(" OR ",
				Collections.nCopies(closedStages.size(), "(process_id = ? AND stage_id = ?)")) + ")";
		for (String sql : new String[] { "SELECT owner_login, COUNT(*) FROM sales_lead WHERE status IN ('NEW',"
				+ " 'CONTACTED', 'INTENT') AND" + in + " GROUP BY owner_login",
				"SELECT owner_login, COUNT(*) FROM sales_opportunity WHERE" + in + closed + " GROUP BY owner_login" }) {
			try (PreparedStatement st = c.prepareStatement(sql)) {
				int i = 1;
				for (String person : people) {
					st.setString(i++, person);
				}
				if (sql.contains("sales_opportunity")) {
					for (String[] stage : closedStages) {
						st.setString(i++, stage[0]);
						st.setString(i++, stage[1]);
					}
				}
				try (ResultSet rs = st.executeQuery()) {
					while (rs.next()) {
						load.merge(rs.getString(1), rs.getInt(2), Integer::sum);
					}
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
}
