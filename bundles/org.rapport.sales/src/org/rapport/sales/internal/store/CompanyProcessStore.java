package org.rapport.sales.internal.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesStage;

/**
 * What the company keeps about its sales processes: its own processes (sales_company_process and _stage), its
 * probabilities for contributed stages (sales_stage_setting) and its default process (sales_setting). Read once
 * per opening of the database and again after each change; each change commits with its audit row.
 */
public final class CompanyProcessStore {

	/** One reading of the company's settings. */
	public record Snapshot(List<SalesProcess> own, Map<String, Integer> probabilities, String standard) {

		Optional<SalesProcess> own(String id) {
			return own.stream().filter(p -> p.id().equals(id)).findFirst();
		}
	}

	private static final Snapshot NONE = new Snapshot(List.of(), Map.of(), null);
	private static final String STANDARD_SETTING = "process.standard";

	private final Database database;
	private volatile Snapshot known;
	private volatile Object knownOf;

	public CompanyProcessStore(Database database) {
		this.database = database;
	}

	/** Nothing while the database is closed. */
	public Snapshot read() {
		if (!database.isOpen()) {
			return NONE;
		}
		Snapshot snapshot = known;
		if (snapshot != null && knownOf == database.info()) {
			return snapshot;
		}
		Map<String, Integer> probabilities = new HashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, List<SalesStage>> stages = new HashMap<>();
		List<String> standard = database.jdbc().read(c -> {
			Rows.query(c, "SELECT process_id, stage_id, probability FROM sales_stage_setting", List.of(),
					rs -> probabilities.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3)));
			Rows.query(c, "SELECT id, label FROM sales_company_process ORDER BY label, id", List.of(),
					rs -> labels.put(rs.getString(1), rs.getString(2)));
			Rows.query(c, "SELECT process_id, stage_id, label, probability, outcome, signals FROM sales_company_stage"
					+ " ORDER BY process_id, position", List.of(), rs -> {
						String signals = rs.getString(6);
						List<String> each = signals == null || signals.isEmpty() ? List.of()
								: Arrays.asList(signals.split("\n"));
						return stages.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SalesStage(
								rs.getString(2), rs.getString(3), rs.getInt(4), SalesStage.Outcome.valueOf(rs.getString(5)),
								each));
					});
			return Rows.query(c, "SELECT setting_value FROM sales_setting WHERE setting_name = ?",
					List.of(STANDARD_SETTING), rs -> rs.getString(1));
		});
		List<SalesProcess> own = new ArrayList<>();
		labels.forEach((id, label) -> own.add(new SalesProcess(id, label, stages.getOrDefault(id, List.of()), true)));
		snapshot = new Snapshot(List.copyOf(own), Map.copyOf(probabilities), standard.isEmpty() ? null : standard.get(0));
		known = snapshot;
		knownOf = database.info();
		return snapshot;
	}

	public void probability(String processId, String stageId, Integer percent, Jdbc.Change audited) {
		write(audited, c -> {
			Rows.update(c, "DELETE FROM sales_stage_setting WHERE process_id = ? AND stage_id = ?", processId, stageId);
			if (percent != null) {
				Rows.update(c, "INSERT INTO sales_stage_setting (process_id, stage_id, probability) VALUES (?, ?, ?)", processId,
						stageId, percent);
			}
		});
	}

	public void standard(String processId, Jdbc.Change audited) {
		write(audited, c -> {
			Rows.update(c, "DELETE FROM sales_setting WHERE setting_name = ?", STANDARD_SETTING);
			Rows.update(c, "INSERT INTO sales_setting (setting_name, setting_value) VALUES (?, ?)", STANDARD_SETTING, processId);
		});
	}

	/** Inserts or replaces one of the company's processes with all its stages. */
	public void save(SalesProcess process, String user, boolean isNew, Jdbc.Change audited) {
		write(audited, c -> {
			if (isNew) {
				Rows.update(c, "INSERT INTO sales_company_process (id, label, created_by, created_at) VALUES (?, ?, ?, ?)",
						process.id(), process.label(), user, Instant.now());
			} else {
				Rows.update(c, "UPDATE sales_company_process SET label = ? WHERE id = ?", process.label(), process.id());
				Rows.update(c, "DELETE FROM sales_company_stage WHERE process_id = ?", process.id());
			}
			try (PreparedStatement st = c.prepareStatement("INSERT INTO sales_company_stage"
					+ " (process_id, position, stage_id, label, probability, outcome, signals) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
				int position = 0;
				for (SalesStage s : process.stages()) {
					Rows.bind(st, Arrays.asList(process.id(), position++, s.id(), s.label(), s.probability(), s.outcome(),
							String.join("\n", s.signals())));
					st.addBatch();
				}
				st.executeBatch();
			}
		});
	}

	public void remove(String processId, Jdbc.Change audited) {
		write(audited, c -> {
			Rows.update(c, "DELETE FROM sales_company_process WHERE id = ?", processId);
			Rows.update(c, "DELETE FROM sales_setting WHERE setting_name = ? AND setting_value = ?", STANDARD_SETTING, processId);
		});
	}

	/** How many opportunities are in each stage of a process, by stage id. */
	public Map<String, Integer> inStages(String processId) {
		Map<String, Integer> counts = new HashMap<>();
		database.jdbc().query("SELECT stage_id, COUNT(*) FROM sales_opportunity WHERE process_id = ? GROUP BY stage_id",
				List.of(processId), rs -> counts.put(rs.getString(1), rs.getInt(2)));
		return counts;
	}

	/** An id for a new process made from its name, unlike any process id in use. */
	public static String newId(String prefix, String label, String fallback, List<String> taken) {
		String slug = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
				.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		String base = prefix + (slug.isEmpty() ? fallback : slug.length() > 60 ? slug.substring(0, 60) : slug);
		String id = base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	/** The change and its audit row in one transaction; the next read reads again. */
	private void write(Jdbc.Change audited, Jdbc.Change work) {
		try {
			database.jdbc().change(c -> {
				work.run(c);
				audited.run(c);
			});
		} finally {
			known = null;
		}
	}
}
