package org.rapport.platform.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Team;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.ValidationException;

/** Colleagues and teams: kept, listed by name, with the signed-in user always among them. */
class DirectoryTest {

	@TempDir
	Path home;

	private Database database;

	@AfterEach
	void close() {
		database.configure(DatabaseSettings.embedded(home.resolve("idle")));
	}

	@Test
	void aTeamIsMadeOfKnownColleaguesInTheOrderGiven() throws Exception {
		database = TestDatabase.embeddedIn(home);
		database.open(new NullProgressMonitor());
		Directory directory = TestDatabase.service(Directory.class);
		directory.save(new User("wei.ling", "Tan Wei Ling", "sales", Set.of(Role.SALES_REP)));
		directory.save(new User("arif", "Arif Rahman", "sales", Set.of(Role.SALES_REP)));
		directory.save(new User("arif", "Arif bin Rahman", "sales", Set.of(Role.SALES_REP, Role.SALES_MANAGER)));

		List<String> names = directory.users().stream().map(User::displayName).toList();
		assertTrue(names.containsAll(List.of("Arif bin Rahman", "Tan Wei Ling")), names.toString());
		assertEquals(Set.of(Role.SALES_REP, Role.SALES_MANAGER), directory.user("arif").orElseThrow().roles());
		assertTrue(directory.user(System.getProperty("user.name")).isPresent(), "the signed-in user is a colleague too");

		directory.save(new Team("KL Sales", List.of("wei.ling", "arif")));
		assertEquals(List.of("wei.ling", "arif"), directory.team("kl sales").orElseThrow().members());
		directory.save(new Team("KL Sales", List.of("arif")));
		assertEquals(List.of(new Team("KL Sales", List.of("arif"))), directory.teams());

		ValidationException e = assertThrows(ValidationException.class,
				() -> directory.save(new Team("Penang", List.of("arif", "nobody"))));
		assertTrue(e.getMessage().contains("nobody"), e.getMessage());
		assertThrows(ValidationException.class, () -> directory.save(new User("has space", "X", null, Set.of())));
	}
}
