package org.rapport.contacts.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseSettings;

/**
 * A test on the PostgreSQL test database named by {@link TestSupport#POSTGRES}. The server's database is shared by
 * the whole run, so a test's records carry names of their own. Subclasses are annotated
 * {@code @EnabledIfSystemProperty(named = TestSupport.POSTGRES, matches = ".+:\\d+/.+")}.
 */
public abstract class OnServerDatabase {

	@TempDir
	protected Path home;

	protected Database database;

	@BeforeEach
	protected void openServerDatabase() throws Exception {
		database = TestSupport.serverDatabase(home);
	}

	/** A plain JDBC connection as a person, outside Rapport's services: what a client going around Rapport sees. */
	protected Connection connectAs(String login, String password) throws SQLException {
		DatabaseSettings settings = database.settings();
		PGSimpleDataSource pg = new PGSimpleDataSource();
		pg.setServerNames(new String[] { settings.host() });
		pg.setPortNumbers(new int[] { settings.port() });
		pg.setDatabaseName(settings.name());
		pg.setUser(login);
		pg.setPassword(password);
		return pg.getConnection();
	}

	@AfterEach
	protected void releaseServerDatabase() {
		TestSupport.release(database, home);
	}
}
