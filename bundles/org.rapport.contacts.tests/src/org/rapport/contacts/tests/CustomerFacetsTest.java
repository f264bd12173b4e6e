package org.rapport.contacts.tests;

import org.rapport.contacts.testing.TestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerFacets;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.Facet;
import org.rapport.contacts.FacetValue;
import org.rapport.platform.persistence.Database;

class CustomerFacetsTest {

	@TempDir
	Path home;

	private Database database;

	@AfterEach
	void release() {
		TestSupport.release(database, home);
	}

	@Test
	void aContributedFacetShowsItsTypedValuesAndABrokenOneIsLeftOut() throws Exception {
		database = TestSupport.freshDatabase(home);
		Customer c = TestSupport.service(CustomerService.class)
				.create(CustomerInput.person("Grace", "Teo", null, "grace@example.sg", null));

		List<Facet> facets = TestSupport.service(CustomerFacets.class).of(c.id());

		assertEquals(List.of("test.hotel.loyalty"), facets.stream().map(Facet::id).toList());
		assertEquals(List.of(new FacetValue("tier", "Tier", "text", "Gold"),
				new FacetValue("points", "Points", "number", String.valueOf(c.id() * 10)),
				new FacetValue("since", "Member since", "date", "")), facets.get(0).values());
	}
}
