package org.rapport.platform.persistence.internal;

import java.nio.file.Path;
import java.sql.CallableStatement;
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

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.DatabaseException;

/**
 * A backup restored by Derby into a folder of its own (a restore's candidate beside the database, or a backup's trial
 * restore), booted while it is checked and shut down on {@link #close}. The live database is not touched.
 */
final class DatabaseCopy implements AutoCloseable {

	/** What the copy's tables hold. */
	record Contents(int tables, long rows) {
	}

	private final Path backup;
	private final Path folder;
	private final String user;
	private final String bootPassword;

	private DatabaseCopy(Path backup, Path folder, String user, String bootPassword) {
		this.backup = backup;
		this.folder = folder;
		this.user = user;
		this.bootPassword = bootPassword;
	}

	/**
	 * Restores Derby's copy inside a backup folder into a new folder and boots it.
	 *
	 * @param backup       the backup folder (named in messages)
	 * @param folder       the new folder; must not exist
	 * @param user         the database user, whose schema holds Rapport's tables (as when the database is opened)
	 * @param bootPassword the boot password of an encrypted backup, or empty
	 */
	static DatabaseCopy restore(Path backup, Path folder, String user, String bootPassword) throws DatabaseException {
		DatabaseCopy copy = new DatabaseCopy(backup, folder, user, bootPassword);
		EmbeddedDataSource derby = copy.source();
		derby.setConnectionAttributes("createFrom=" + backup.resolve(DataFolder.DATABASE).toAbsolutePath()
				+ (bootPassword.isEmpty() ? "" : ";" + DataSources.bootPassword(bootPassword)));
		try (Connection c = derby.getConnection()) {
			c.isValid(1);
		} catch (SQLException e) {
			copy.close();
			if (DataFolder.hasState(e, "XBM06")) {
				throw new DatabaseException(NLS.bind(Messages.Restore_wrongBootPassword, backup), e);
			}
			throw new DatabaseException(NLS.bind(Messages.Restore_notDerby, backup, MigrationRunner.rootMessage(e)), e);
		}
		return copy;
	}

	/** Connections to the booted copy. */
	DataSource dataSource() {
		return source();
	}

	/** Encrypts the copy of a backup that was not (the database it replaces is): Derby rewrites it with the key. */
	DatabaseCopy encrypted(String password) throws DatabaseException {
		close();
		EmbeddedDataSource derby = new DatabaseCopy(backup, folder, user, password).source();
		derby.setConnectionAttributes(DataSources.ENCRYPTION + DataSources.bootPassword(password));
		try (Connection c = derby.getConnection()) {
			c.isValid(1);
		} catch (SQLException e) {
			throw new DatabaseException(NLS.bind(Messages.Restore_failed, backup, MigrationRunner.rootMessage(e)), e);
		}
		return new DatabaseCopy(backup, folder, user, password);
	}

	/**
	 * The change sets applied, per changelog file; null when the copy has no changelog table (not a Rapport database).
	 */
	Map<String, Set<String>> appliedChangeSets() throws DatabaseException {
		Map<String, Set<String>> byPath = new HashMap<>();
		try (Connection c = source().getConnection(); Statement st = c.createStatement()) {
			if (!hasTable(c, "DATABASECHANGELOG")) {
				return null;
			}
			try (ResultSet rs = st.executeQuery("SELECT FILENAME, ID FROM DATABASECHANGELOG")) {
				while (rs.next()) {
					byPath.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
				}
			}
			return byPath;
		} catch (SQLException e) {
			throw new DatabaseException(NLS.bind(Messages.Restore_unreadable, new Object[] { backup,
					"DATABASECHANGELOG", MigrationRunner.rootMessage(e) }), e);
		}
	}

	/**
	 * Reads every table of the copy to the last row; with {@code checkStructure} Derby also checks each table's pages
	 * and indexes against each other (for a backup without checksums, where nothing else vouches for its files).
	 */
	Contents read(boolean checkStructure) throws DatabaseException {
		String table = "";
		try (Connection c = source().getConnection()) {
			int tables = 0;
			long rows = 0;
			for (String[] name : tables(c)) {
				table = name[0] + "." + name[1];
				String count = "SELECT COUNT(*) FROM " + quoted(name[0]) + "." + quoted(name[1]);
				try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(count)) {
					rs.next();
					rows += rs.getLong(1);
				}
				if (checkStructure) {
					try (CallableStatement check = c.prepareCall("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
						check.setString(1, name[0]);
						check.setString(2, name[1]);
						try (ResultSet rs = check.executeQuery()) {
							rs.next();
						}
					}
				}
				tables++;
			}
			return new Contents(tables, rows);
		} catch (SQLException | RuntimeException e) {
			throw new DatabaseException(NLS.bind(Messages.Restore_unreadable, new Object[] { backup, table,
					MigrationRunner.rootMessage(e) }), e);
		}
	}

	/**
	 * Reads the tables every Rapport database has (the migrations' log, the people, the audit log): proof that the
	 * copy boots and its catalog and tables can be read, at a cost that does not grow with the customers.
	 */
	void readKeyTables() throws DatabaseException {
		String table = "";
		try (Connection c = source().getConnection(); Statement st = c.createStatement()) {
			for (String name : List.of("DATABASECHANGELOG", "PLATFORM_USER", "PLATFORM_AUDIT_LOG")) {
				table = name;
				try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + quoted(name))) {
					rs.next();
				}
			}
		} catch (SQLException e) {
			throw new DatabaseException(NLS.bind(Messages.Restore_unreadable, new Object[] { backup, table,
					MigrationRunner.rootMessage(e) }), e);
		}
	}

	/** Shuts the copy down, so that its folder can be renamed or removed. */
	@Override
	public void close() {
		EmbeddedDataSource derby = source();
		derby.setShutdownDatabase("shutdown");
		try (Connection c = derby.getConnection()) {
			c.isValid(1);
		} catch (SQLException expected) {
			// 08006 says it is shut down; a copy that never booted has nothing to shut down.
		}
	}

	private EmbeddedDataSource source() {
		EmbeddedDataSource derby = new EmbeddedDataSource();
		derby.setDatabaseName(folder.toAbsolutePath().toString());
		derby.setUser(user);
		if (!bootPassword.isEmpty()) {
			derby.setConnectionAttributes(DataSources.bootPassword(bootPassword));
		}
		return derby;
	}

	private static List<String[]> tables(Connection c) throws SQLException {
		List<String[]> names = new ArrayList<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT s.SCHEMANAME, t.TABLENAME"
				+ " FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T'"
				+ " ORDER BY s.SCHEMANAME, t.TABLENAME")) {
			while (rs.next()) {
				names.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		return names;
	}

	private boolean hasTable(Connection c, String name) throws SQLException {
		try (ResultSet rs = c.getMetaData().getTables(null, user.toUpperCase(java.util.Locale.ROOT), name,
				new String[] { "TABLE" })) {
			return rs.next();
		}
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}
}
