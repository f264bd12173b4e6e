package org.rapport.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Roles;

/**
 * Roles are open: a vendor's module adds a role of its own and grants it, and a core role, what they may do in its
 * module; the core modules' grants come the same way.
 */
class RolesTest {

	private static final Role FRONT_DESK = Role.valueOf("FRONT_DESK");

	@Test
	void aModuleAddsARoleAndGrantsItsPermissions() throws Exception {
		Roles roles = Services.get(Roles.class);
		assertTrue(roles.all().contains(FRONT_DESK), roles.all().toString());
		assertEquals("Front desk", roles.label(FRONT_DESK));
		assertTrue(roles.permits(Set.of(FRONT_DESK), "test.hotel", Action.CREATE));
		assertFalse(roles.permits(Set.of(FRONT_DESK), "test.hotel", Action.DELETE));
		assertTrue(roles.permits(Set.of(FRONT_DESK), "contacts", Action.READ));
		assertFalse(roles.permits(Set.of(FRONT_DESK), "contacts", Action.UPDATE), "only what was granted");
		assertFalse(roles.permits(Set.of(FRONT_DESK), "test.ledger", Action.READ),
				"a grant naming an action that does not exist is skipped whole");
		assertTrue(roles.permits(Set.of(Role.SALES_MANAGER), "test.hotel", Action.EXPORT),
				"a module grants a core role rights in it");
		assertFalse(roles.permits(Set.of(Role.SALES_REP), "test.hotel", Action.DELETE));
		assertTrue(roles.permits(Set.of(Role.ADMINISTRATOR), "test.hotel", Action.ADMINISTER));
		// Reps work in any module that grants them nothing of its own ("*"), as before roles were open.
		assertEquals(List.of(Role.ADMINISTRATOR, FRONT_DESK, Role.SALES_REP), roles.whoMay("test.hotel", Action.CREATE));
	}

	@Test
	void theCoreRolesKeepTheirPermissions() throws Exception {
		Roles roles = Services.get(Roles.class);
		assertTrue(roles.permits(Set.of(Role.ANALYST), "analytics", Action.EXPORT));
		assertFalse(roles.permits(Set.of(Role.ANALYST), "marketing", Action.UPDATE));
		assertTrue(roles.permits(Set.of(Role.MARKETER), "marketing", Action.DELETE));
		assertFalse(roles.permits(Set.of(Role.SALES_MANAGER), "platform", Action.ADMINISTER),
				"only administrators administer");
		assertTrue(roles.permits(Set.of(Role.SERVICE_MANAGER), "service", Action.EXPORT));
	}

	@Test
	void aRoleNameIsLettersDigitsAndUnderscores() {
		assertEquals(Role.SALES_REP, Role.valueOf(" sales_rep "));
		assertThrows(IllegalArgumentException.class, () -> Role.valueOf("SALES REP; DROP"));
		assertEquals("Front desk", FRONT_DESK.label());
	}
}
