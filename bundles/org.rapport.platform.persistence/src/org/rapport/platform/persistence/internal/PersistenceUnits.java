package org.rapport.platform.persistence.internal;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;
import org.rapport.platform.persistence.DatabaseKind;

import jakarta.persistence.EntityManagerFactory;

/**
 * Builds a module's EntityManagerFactory. EclipseLink cannot load a JDBC driver across bundles, so it gets
 * the DataSource object and the module bundle's class loader (where persistence.xml and entities are).
 */
final class PersistenceUnits {

	private PersistenceUnits() {
	}

	/**
	 * The module's classes and persistence.xml first, then EclipseLink's own classes (lazy collections and
	 * the like), so that a module needs to import nothing of EclipseLink.
	 */
	private static final class ModuleClassLoader extends ClassLoader {
		private static final ClassLoader ECLIPSELINK = PersistenceProvider.class.getClassLoader();

		ModuleClassLoader(ClassLoader module) {
			super(module);
		}

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			return ECLIPSELINK.loadClass(name);
		}
	}

	static EntityManagerFactory create(Class<?> unitOwner, String unitName, DataSource dataSource, DatabaseKind kind) {
		Bundle bundle = FrameworkUtil.getBundle(unitOwner);
		ClassLoader loader = new ModuleClassLoader(bundle == null ? unitOwner.getClassLoader()
				: bundle.adapt(BundleWiring.class).getClassLoader());
		Map<String, Object> properties = new HashMap<>();
		properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
		properties.put(PersistenceUnitProperties.CLASSLOADER, loader);
		properties.put(PersistenceUnitProperties.WEAVING, "false");
		properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
		properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
		properties.put(PersistenceUnitProperties.TARGET_DATABASE,
				kind == DatabaseKind.POSTGRESQL ? "PostgreSQL" : "Derby");
		// No shared cache: bulk imports write with JDBC and other clients share a server database, so a cached
		// entity could be stale; a customer is read fresh each time it is opened.
		properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
		// Schema is Liquibase's job; EclipseLink never creates or alters tables.
		properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
		EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(unitName, properties);
		if (factory == null) {
			throw new IllegalStateException("No persistence unit " + unitName + " in " + bundle);
		}
		return factory;
	}
}
