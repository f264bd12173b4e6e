package org.rapport.contacts.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.persistence.Database;

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

	@AfterEach
	protected void releaseServerDatabase() {
		TestSupport.release(database, home);
	}
}
