package org.rapport.contacts.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.persistence.Database;

/** A test on a fresh embedded database of its own, with the real customer service. */
public abstract class WithCustomers {

	@TempDir
	protected Path home;

	protected Database database;
	protected CustomerService customers;

	@BeforeEach
	protected void openDatabase() throws Exception {
		database = TestSupport.freshDatabase(home);
		customers = TestSupport.service(CustomerService.class);
	}

	@AfterEach
	protected void releaseDatabase() {
		TestSupport.release(database, home);
	}
}
