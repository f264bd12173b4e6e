package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.internal.security.LocalSecurityContext;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;

/**
 * Who Rapport says you are on an embedded database, and what that lets you do: the operating-system account (not
 * the user.name property anyone can set), with the roles the directory gives it; the owner of the data folder is its
 * administrator; anyone else may do only what their roles allow, and a refusal says which role it takes.
 */
class SignedInAccountTest {

	@TempDir
	Path home;

	private Database database;

	@AfterEach
	void close() throws Exception {
		((LocalSecurityContext) TestDatabase.service(SecurityContext.class)).signIn(null);
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
	}

	@Test
	void theOwnerOfTheDataFolderIsItsAdministratorWhateverUserNameSays() throws Exception {
		String given = System.getProperty("user.name");
		System.setProperty("user.name", "boss");
		try {
			database = TestDatabase.embeddedIn(home);
			database.open(new NullProgressMonitor());
			String account = account();
			assertEquals(account, new LocalSecurityContext().currentLogin(), "a context made after the spoof");
			SecurityContext security = TestDatabase.service(SecurityContext.class);
			assertEquals(account, security.currentLogin());
			assertTrue(security.currentUser().hasRole(Role.ADMINISTRATOR), "the creator of the database administers it");
			Directory directory = TestDatabase.service(Directory.class);
			assertEquals(Set.of(Role.ADMINISTRATOR), directory.user(account).orElseThrow().roles());
			assertTrue(directory.user("boss").isEmpty(), "boss is nobody here");
		} finally {
			System.setProperty("user.name", given);
		}
	}

	@Test
	void rolesComeFromTheDirectoryAndAnAdministratorWhoDropsTheRoleIsARepFromTheNextCall() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		SecurityContext security = TestDatabase.service(SecurityContext.class);
		Directory directory = TestDatabase.service(Directory.class);
		String account = account();
		directory.save(new User(account, "Owner", "sales", Set.of(Role.SALES_REP)));

		assertFalse(security.isPermitted(Directory.MODULE, Action.ADMINISTER));
		assertTrue(security.isPermitted("sales", Action.UPDATE));
		AccessDeniedException refused = assertThrows(AccessDeniedException.class,
				() -> directory.save(new User(account, "Owner", "sales", Set.of(Role.ADMINISTRATOR))));
		assertTrue(refused.getMessage().contains("Administrator"), "the refusal names the role: " + refused.getMessage());

		// One person, one computer: a database left without an administrator gets its owner back as one.
		database.configure(DatabaseSettings.embedded(home));
		database.open(new NullProgressMonitor());
		assertEquals(Set.of(Role.ADMINISTRATOR, Role.SALES_REP), directory.user(account).orElseThrow().roles());
	}

	@Test
	void someoneTheDirectoryDoesNotKnowMayDoNothingAndIsToldWhichRoleItTakes() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		LocalSecurityContext security = (LocalSecurityContext) TestDatabase.service(SecurityContext.class);
		security.signIn(new User("visitor", "Visitor", "", Set.of()));

		AccessDeniedException e = assertThrows(AccessDeniedException.class,
				() -> security.checkPermitted("sales", Action.READ));
		assertTrue(e.getMessage().contains("visitor") && e.getMessage().contains("Sales representative"),
				e.getMessage());
		Directory directory = TestDatabase.service(Directory.class);
		assertThrows(AccessDeniedException.class,
				() -> directory.save(new User("visitor", "Visitor", "", Set.of(Role.ADMINISTRATOR))),
				"nobody gives themselves a role");
	}

	private Path probe() throws Exception {
		return Files.createTempFile(home, "account", ".tmp");
	}

	private String account() throws Exception {
		String owner = Files.getOwner(probe()).getName();
		return owner.substring(owner.lastIndexOf('\\') + 1);
	}
}
