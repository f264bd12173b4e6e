package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleWiring;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.internal.MigrationPlan.Changelog;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.ui.LoggerUIService;

/** Applies the planned changelogs with Liquibase, one after the other, and counts what is applied. */
final class MigrationRunner {

	/** Held so that the level set on it is not lost to garbage collection. */
	private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

	private final BundleContext context;

	MigrationRunner(BundleContext context) {
		this.context = context;
		LIQUIBASE_LOG.setLevel(Level.WARNING);
	}

	Map<String, Integer> apply(List<Changelog> plan, DataSource dataSource, IProgressMonitor monitor)
			throws DatabaseException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Migration_task, plan.size() + 1);
		for (Changelog changelog : plan) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(NLS.bind(Messages.Migration_applying, changelog.id()));
			try (Connection connection = dataSource.getConnection()) {
				run(changelog, connection);
			} catch (Exception e) {
				throw new DatabaseException(NLS.bind(Messages.Migration_failed, changelog.id(), rootMessage(e)), e);
			}
			progress.worked(1);
		}
		try (Connection connection = dataSource.getConnection()) {
			return countApplied(plan, connection);
		} catch (SQLException e) {
			throw new DatabaseException(NLS.bind(Messages.Migration_failed, "-", e.getMessage()), e);
		}
	}

	private void run(Changelog changelog, Connection connection) throws Exception {
		ClassLoader loader = bundleLoader(changelog);
		// Liquibase builds its root scope from the context class loader; outside Equinox (whose context
		// finder sees bundles) that is the launcher's loader, which has none of Liquibase's services.
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(Liquibase.class.getClassLoader());
		try {
			update(changelog, connection, loader);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private void update(Changelog changelog, Connection connection, ClassLoader loader) throws Exception {
		Map<String, Object> scope = new HashMap<>();
		// Liquibase finds its own implementations through ServiceLoader on this class loader.
		scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
		scope.put(Scope.Attr.ui.name(), new LoggerUIService());
		scope.put("liquibase.analytics.enabled", Boolean.FALSE);
		Scope.child(scope, () -> {
			liquibase.database.Database database = DatabaseFactory.getInstance()
					.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			if (database instanceof DerbyDatabase derby) {
				// Liquibase would otherwise shut the embedded engine down when it is done.
				derby.setShutdownEmbeddedDerby(false);
			}
			Liquibase liquibase = new Liquibase(changelog.path(),
					new BundleResourceAccessor(loader, changelog.bundle()), database);
			liquibase.setShowSummary(UpdateSummaryEnum.OFF);
			liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
			liquibase.update(new Contexts(), new LabelExpression());
		});
		// Liquibase leaves its last read open in a transaction; Derby refuses to close such a connection.
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
	}

	private ClassLoader bundleLoader(Changelog changelog) throws DatabaseException {
		for (Bundle bundle : context.getBundles()) {
			if (changelog.bundle().equals(bundle.getSymbolicName())) {
				BundleWiring wiring = bundle.adapt(BundleWiring.class);
				if (wiring != null) {
					return wiring.getClassLoader();
				}
			}
		}
		throw new DatabaseException(NLS.bind(Messages.Migration_noBundle, changelog.id(), changelog.bundle()));
	}

	private static Map<String, Integer> countApplied(List<Changelog> plan, Connection connection) throws SQLException {
		Map<String, Integer> byPath = new HashMap<>();
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT FILENAME, COUNT(*) FROM DATABASECHANGELOG GROUP BY FILENAME")) {
			while (rs.next()) {
				byPath.put(rs.getString(1), rs.getInt(2));
			}
		}
		Map<String, Integer> byId = new HashMap<>();
		for (Changelog c : plan) {
			byId.put(c.id(), byPath.getOrDefault(c.path(), 0));
		}
		return byId;
	}

	static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}
