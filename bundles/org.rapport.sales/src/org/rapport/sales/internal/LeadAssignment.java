package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;
import org.rapport.sales.internal.store.LeadStore;

/**
 * One hand-out: asks the chosen strategy who gets each lead, writes the owners, keeps where the turn stopped for
 * that strategy and team, audits it and gives each person a follow-up task per lead, all in one transaction.
 */
final class LeadAssignment {

	private static final String EXTENSION_POINT = "org.rapport.sales.assignmentStrategies";

	private final Database database;
	private final AuditLog audit;
	private final IExtensionRegistry registry;
	private final Tasks tasks;
	private final List<String[]> closedStages;

	/** @param closedStages process and stage ids of the stages that close an opportunity (won, lost) */
	LeadAssignment(Database database, AuditLog audit, IExtensionRegistry registry, Tasks tasks,
			List<String[]> closedStages) {
		this.database = database;
		this.audit = audit;
		this.registry = registry;
		this.tasks = tasks;
		this.closedStages = closedStages;
	}

	/** @param read the leads as the caller read them: each is handed out only at the version read */
	Map<String, Integer> assign(List<Lead> read, String strategyId, List<String> people,
			Map<String, String> territories) {
		if (people.isEmpty()) {
			throw new ValidationException(List.of(new FieldError("team", Messages.Lead_noTeam)));
		}
		AssignmentStrategy strategy = strategy(strategyId);
		String teamKey = String.join(",", people);
		Map<String, Integer> counts = new LinkedHashMap<>();
		people.forEach(p -> counts.put(p, 0));
		List<TaskInput> followUps = new ArrayList<>();
		Map<Long, Integer> versions = new LinkedHashMap<>();
		read.forEach(l -> versions.put(l.id(), l.version()));
		database.jdbc().change(c -> {
			List<Lead> leads = LeadStore.read(c, List.copyOf(versions.keySet()));
			for (Lead lead : leads) {
				if (lead.version() != versions.get(lead.id())) {
					throw stale(lead);
				}
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
			// A new owner is a change of the lead: an edit made on what was read before is then stale. Only at the
			// version read: a hand-out of the same lead by someone else meanwhile leaves no row for this one.
			try (PreparedStatement st = c.prepareStatement(
					"UPDATE sales_lead SET owner_login = ?, version = version + 1 WHERE id = ? AND version = ?")) {
				int batched = 0;
				for (int i = 0; i < leads.size(); i++) {
					String owner = owners.get(i);
					if (!counts.containsKey(owner)) {
						throw new ValidationException(List.of(new FieldError("strategy", NLS.bind(
								Messages.Lead_strategyFailed, strategyId, owner))));
					}
					Lead lead = leads.get(i);
					Rows.bind(st, List.of(owner, lead.id(), lead.version()));
					st.addBatch();
					counts.merge(owner, 1, Integer::sum);
					followUps.add(new TaskInput(NLS.bind(Messages.Lead_followUp, lead.name(), lead.company()).strip(),
							null, due, Priority.NORMAL, owner));
					if (i % 1000 == 999 || i == leads.size() - 1) {
						written(st.executeBatch(), leads.subList(batched, i + 1));
						batched = i + 1;
					}
				}
			}
			saveNext(c, strategyId, teamKey, (next + leads.size()) % people.size());
			audit.record(c, "sales.lead", "*", "assigned", null, strategyId + ": " + counts);
			// The follow-ups commit with the hand-out: a crash leaves both or neither.
			tasks.createAll(c, followUps);
		});
		return counts;
	}

	/** Refuses the hand-out when a lead of the batch was not at the version read any more (no row updated). */
	private static void written(int[] updated, List<Lead> batch) {
		for (int i = 0; i < updated.length; i++) {
			if (updated[i] == 0) {
				throw stale(batch.get(i));
			}
		}
	}

	private static StaleRecordException stale(Lead lead) {
		return new StaleRecordException(NLS.bind(Messages.Lead_savedMeanwhile, lead.name()));
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
		Rows.query(c, "SELECT owner_login, COUNT(*) FROM sales_lead WHERE status IN ('NEW', 'CONTACTED', 'INTENT') AND"
				+ in + " GROUP BY owner_login", people, rs -> load.merge(rs.getString(1), rs.getInt(2), Integer::sum));
		List<Object> params = new ArrayList<>(people);
		closedStages.forEach(stage -> params.addAll(List.of(stage[0], stage[1])));
		String closed = closedStages.isEmpty() ? "" : " AND NOT (" + String.join(" OR ",
				Collections.nCopies(closedStages.size(), "(process_id = ? AND stage_id = ?)")) + ")";
		Rows.query(c, "SELECT owner_login, COUNT(*) FROM sales_opportunity WHERE" + in + closed
				+ " GROUP BY owner_login", params, rs -> load.merge(rs.getString(1), rs.getInt(2), Integer::sum));
		return load;
	}

	private static int next(Connection c, String strategy, String team) throws SQLException {
		return Rows.first(c, "SELECT next_person FROM sales_assignment_state WHERE strategy_id = ? AND team_key = ?",
				List.of(strategy, team), rs -> rs.getInt(1)).orElse(0);
	}

	private static void saveNext(Connection c, String strategy, String team, int next) throws SQLException {
		Rows.update(c, "DELETE FROM sales_assignment_state WHERE strategy_id = ? AND team_key = ?", strategy, team);
		Rows.update(c, "INSERT INTO sales_assignment_state (strategy_id, team_key, next_person) VALUES (?, ?, ?)",
				strategy, team, next);
	}
}
