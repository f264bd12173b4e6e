package org.rapport.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.platform.modules.ModuleCategory;
import org.rapport.platform.modules.ModuleDescriptor;
import org.rapport.platform.modules.ModuleRegistry;
import org.rapport.platform.modules.ModuleState;

class ModuleRegistryTest {

	@Test
	void listsTheModulesContributedByABundle() throws Exception {
		ModuleRegistry registry = Services.get(ModuleRegistry.class);
		ModuleDescriptor hotel = registry.module("test.hotel").orElseThrow();
		assertEquals("Hotel Guests", hotel.name());
		assertEquals(ModuleCategory.INDUSTRY, hotel.category());
		assertEquals(Set.of("sales", "front-office"), hotel.departments());
		assertTrue(hotel.servesDepartment("front-office"));
		assertFalse(hotel.servesDepartment("marketing"));
		assertEquals(ModuleState.ACTIVE, hotel.state());
		assertEquals("org.rapport.platform", hotel.contributor());
		assertTrue(RecordingActivation.ACTIVATED.contains("test.hotel"));
	}

	@Test
	void listsAModuleForAnotherPlatformAsIncompatibleWithoutStartingIt() throws Exception {
		ModuleRegistry registry = Services.get(ModuleRegistry.class);
		ModuleDescriptor future = registry.module("test.future").orElseThrow();
		assertEquals(ModuleState.INCOMPATIBLE, future.state());
		assertTrue(future.problem().contains("[9.0,10.0)"), future.problem());
		assertTrue(future.problem().contains(registry.platformVersion()), future.problem());
	}

	@Test
	void aModuleWhoseStartThrowsIsMarkedFailedAndTheOthersStillStart() throws Exception {
		ModuleRegistry registry = Services.get(ModuleRegistry.class);
		ModuleDescriptor broken = registry.module("test.broken").orElseThrow();
		assertEquals(ModuleState.FAILED, broken.state());
		assertTrue(broken.problem().contains("licence file missing"), broken.problem());
		assertEquals(ModuleState.ACTIVE, registry.module("test.ledger").orElseThrow().state());
		assertEquals(ModuleState.ACTIVE, registry.module("test.hotel").orElseThrow().state());
	}

	@Test
	void coreModulesComeFirstThenByName() throws Exception {
		List<String> ids = Services.get(ModuleRegistry.class).modules().stream().map(ModuleDescriptor::id)
				.filter(id -> id.startsWith("test.")).toList();
		assertEquals(List.of("test.future", "test.ledger", "test.broken", "test.hotel"), ids);
	}
}
