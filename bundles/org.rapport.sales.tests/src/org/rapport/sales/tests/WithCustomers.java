package org.rapport.sales.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.persistence.Database;

/** A test on a fresh embedded database of its own, with the real customer service. */
abstract class WithCustomers {

	@TempDir
	Path home;

	Database database;
	CustomerService customers;

	@BeforeEach
	void openDatabase() throws Exception {
		database = TestSupport.freshDatabase(home);
		customers = TestSupport.service(CustomerService.class);
	}

	@AfterEach
	void releaseDatabase() {
		TestSupport.release(database, home);
	}
}
