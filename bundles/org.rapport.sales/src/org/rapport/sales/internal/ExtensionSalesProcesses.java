package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Component;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Opportunities;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

/**
 * Processes read from the extension registry, with the probabilities the company set for its stages
 * (sales_stage_setting, read once and kept until changed); a contribution with a wrong probability is skipped
 * and logged.
 */
@Component(service = SalesProcesses.class)
public class ExtensionSalesProcesses implements SalesProcesses {

	private static final System.Logger LOG = System.getLogger(ExtensionSalesProcesses.class.getName());
	static final String STANDARD = "org.rapport.sales.standard";

	@Reference
	private IExtensionRegistry registry;

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	private volatile Map<String, Integer> settings;
	/** The opening of the database the settings were read from: another opening reads them again. */
	private volatile Object settingsOf;

	@Override
	public List<SalesProcess> list() {
		List<SalesProcess> processes = new ArrayList<>();
		Map<String, Integer> own = settings();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				List<SalesStage> stages = new ArrayList<>();
				for (IConfigurationElement stage : element.getChildren("stage")) {
					int probability = Integer.parseInt(stage.getAttribute("probability").strip());
					if (probability < 0 || probability > 100) {
						throw new IllegalArgumentException("probability " + probability + " of stage " + stage.getAttribute("id"));
					}
					String outcome = stage.getAttribute("outcome");
					List<String> signals = new ArrayList<>();
					for (IConfigurationElement signal : stage.getChildren("signal")) {
						signals.add(signal.getAttribute("label"));
					}
					probability = own.getOrDefault(element.getAttribute("id") + "/" + stage.getAttribute("id"), probability);
					stages.add(new SalesStage(stage.getAttribute("id"), stage.getAttribute("label"), probability,
							outcome == null ? SalesStage.Outcome.OPEN
									: SalesStage.Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)), signals));
				}
				processes.add(new SalesProcess(element.getAttribute("id"), element.getAttribute("label"), stages));
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.ERROR, "Sales process " + element.getAttribute("id") + " of "
						+ element.getContributor().getName() + " is wrong and was skipped", e);
			}
		}
		return processes;
	}

	@Override
	public void probability(String processId, String stageId, Integer percent) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		SalesProcess process = find(processId).orElseThrow(() -> new ValidationException("process",
				NLS.bind(Messages.Opportunity_noProcess, processId)));
		if (process.stage(stageId).isEmpty()) {
			throw new ValidationException("stage", NLS.bind(Messages.Opportunity_noStage, stageId, process.label()));
		}
		if (percent != null && (percent < 0 || percent > 100)) {
			throw new ValidationException("probability", Messages.Opportunity_badProbability);
		}
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement delete = c.prepareStatement(
					"DELETE FROM sales_stage_setting WHERE process_id = ? AND stage_id = ?");
					PreparedStatement insert = c.prepareStatement(
							"INSERT INTO sales_stage_setting (process_id, stage_id, probability) VALUES (?, ?, ?)")) {
				delete.setString(1, processId);
				delete.setString(2, stageId);
				delete.executeUpdate();
				if (percent != null) {
					insert.setString(1, processId);
					insert.setString(2, stageId);
					insert.setInt(3, percent);
					insert.executeUpdate();
				}
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		settings = null;
		audit.record("sales.process", processId + "/" + stageId, "probability", null, String.valueOf(percent));
	}

	/** The company's probabilities by "process/stage"; none while the database is closed. */
	private Map<String, Integer> settings() {
		if (!database.isOpen()) {
			return Map.of();
		}
		Map<String, Integer> known = settings;
		if (known != null && settingsOf == database.info()) {
			return known;
		}
		Map<String, Integer> read = new HashMap<>();
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"SELECT process_id, stage_id, probability FROM sales_stage_setting"); ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				read.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		settings = Map.copyOf(read);
		settingsOf = database.info();
		return settings;
	}

	@Override
	public Optional<SalesProcess> find(String id) {
		return list().stream().filter(p -> p.id().equals(id)).findFirst();
	}

	@Override
	public SalesProcess standard() {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (Boolean.parseBoolean(element.getAttribute("default"))) {
				Optional<SalesProcess> found = find(element.getAttribute("id"));
				if (found.isPresent()) {
					return found.get();
				}
			}
		}
		return find(STANDARD).orElseThrow();
	}
}
