package org.rapport.platform.persistence.internal;

import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.internal.MigrationPlan.Changelog;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * For a person's session on a server, who may not change the tables: checks that the installation's administrator
 * has applied every installed module's migrations, instead of applying them.
 */
final class MigrationCheck {

	private MigrationCheck() {
	}

	static Map<String, Integer> applied(List<Changelog> plan, DataSource dataSource, String login,
			BundleContext context) throws DatabaseException {
		Map<String, Set<String>> byPath = new HashMap<>();
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT filename, id FROM databasechangelog")) {
			while (rs.next()) {
				byPath.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
			}
		} catch (SQLException e) {
			throw new DatabaseException(NLS.bind(Messages.Server_notInstalled, login), e);
		}
		Map<String, Integer> byId = new HashMap<>();
		for (Changelog changelog : plan) {
			Set<String> done = byPath.getOrDefault(changelog.path(), Set.of());
			List<String> pending = declared(changelog, context, "postgresql").stream().filter(id -> !done.contains(id))
					.toList();
			if (!pending.isEmpty()) {
				throw new DatabaseException(NLS.bind(Messages.Server_migrationsPending,
						new Object[] { changelog.id(), pending.size(), login }));
			}
			byId.put(changelog.id(), done.size());
		}
		return byId;
	}

	/** A file of the bundle or of its fragments (a test fragment declares migrations of its own). */
	private static URL entry(Bundle bundle, String path) {
		URL url = bundle.getEntry(path);
		if (url != null) {
			return url;
		}
		int slash = path.lastIndexOf('/');
		java.util.Enumeration<URL> found = bundle.findEntries(slash < 0 ? "/" : path.substring(0, slash),
				path.substring(slash + 1), false);
		return found == null || !found.hasMoreElements() ? null : found.nextElement();
	}

	/** The ids of the change sets a changelog declares for a database product ({@code dbms}), or for any (null). */
	static List<String> declared(Changelog changelog, BundleContext context, String dbms) throws DatabaseException {
		for (Bundle bundle : context.getBundles()) {
			if (changelog.bundle().equals(bundle.getSymbolicName())) {
				URL url = entry(bundle, changelog.path());
				if (url == null) {
					break;
				}
				try (InputStream in = url.openStream()) {
					DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
					factory.setNamespaceAware(true);
					factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
					NodeList sets = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "changeSet");
					List<String> ids = new ArrayList<>();
					for (int i = 0; i < sets.getLength(); i++) {
						Element set = (Element) sets.item(i);
						String only = set.getAttribute("dbms");
						if (dbms == null || only.isEmpty() || only.contains(dbms)) {
							ids.add(set.getAttribute("id"));
						}
					}
					return ids;
				} catch (Exception e) {
					throw new DatabaseException(NLS.bind(Messages.Migration_failed, changelog.id(), e.getMessage()), e);
				}
			}
		}
		throw new DatabaseException(NLS.bind(Messages.Migration_noBundle, changelog.id(), changelog.bundle()));
	}
}
