package org.rapport.contacts.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.DuplicatePair;

class DuplicatesTest extends WithCustomers {

	private CustomerDuplicates duplicates;

	@BeforeEach
	void open() throws Exception {
		duplicates = TestSupport.service(CustomerDuplicates.class);
	}

	@Test
	void onEntryTheSameEmailPhoneOrASimilarNameAtTheSameCompanyIsFound() {
		Customer tan = customers.create(CustomerInput.person("Mei Ling", "Tan", "Sinar Sdn Bhd", "meiling@sinar.my", "012-345 6789"));
		customers.create(CustomerInput.person("Ahmad", "bin Ismail", "Maju Berhad", "ahmad@maju.my", null));
		customers.create(CustomerInput.person("三", "张", "华信贸易有限公司", null, null));

		assertEquals(List.of(tan.id()), ids(duplicates.candidatesFor(
				CustomerInput.person("M.L.", "Tan", null, "MeiLing@Sinar.my", null))));
		assertEquals(List.of(tan.id()), ids(duplicates.candidatesFor(
				CustomerInput.person("Meiling", "Tan", null, null, "+60 12-345 6789"))));
		assertEquals(List.of(tan.id()), ids(duplicates.candidatesFor(
				CustomerInput.person("Mei Lin", "Tan", "Sinar Sdn Bhd", null, null))));
		assertEquals(1, duplicates.candidatesFor(CustomerInput.person("叁", "張", "华信贸易有限公司", null, null)).size(),
				"the same pinyin at the same company");
		assertEquals(List.of(), duplicates.candidatesFor(CustomerInput.person("Mei Ling", "Tan", "Other Co", null, null)));
	}

	@Test
	void theReviewQueueListsPairsAndAMergeKeepsEveryChannelAndTagAndAnnouncesTheIds() throws Exception {
		Customer a = customers.create(CustomerInput.person("Grace", "Teo", null, "grace@teo.sg", null));
		Customer b = customers.create(withTag(CustomerInput.person("Grace", "Teo", "Teo & Sons", "grace@teo.sg", "+65 9123 4567"), "VIP"));
		List<DuplicatePair> queue = duplicates.reviewQueue(10);
		assertEquals(1, queue.size());
		assertEquals(DuplicatePair.Reason.SAME_EMAIL, queue.get(0).reason());
		assertEquals(a.id(), queue.get(0).first().id());

		BlockingQueue<Event> seen = new LinkedBlockingQueue<>();
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(EventConstants.EVENT_TOPIC, "org/rapport/contacts/customer/MERGED");
		ServiceRegistration<EventHandler> reg = FrameworkUtil.getBundle(getClass()).getBundleContext()
				.registerService(EventHandler.class, seen::add, props);
		try {
			CustomerInput chosen = CustomerInput.person("Grace", "Teo", "Teo & Sons", "grace@teo.sg", null);
			Customer kept = duplicates.merge(a.id(), b.id(), chosen);
			assertEquals("Teo & Sons", kept.input().company());
			assertEquals(Set.of("VIP"), kept.input().tags());
			assertTrue(kept.input().channels().stream().anyMatch(c -> c.value().equals("+65 9123 4567")),
					kept.input().channels().toString());
			assertTrue(customers.find(b.id()).isEmpty());
			assertEquals(1, customers.search(CustomerQuery.all(10)).size());
			Event merged = seen.poll(10, TimeUnit.SECONDS);
			assertEquals(b.id(), merged.getProperty(CustomerDuplicates.OLD_ID));
			assertEquals(a.id(), merged.getProperty(CustomerDuplicates.NEW_ID));
		} finally {
			reg.unregister();
		}
		assertEquals(List.of(), duplicates.reviewQueue(10));
	}

	@Test
	void aMergeKeepsTheCustomFieldValuesTheKeptCustomerLacks() throws Exception {
		org.rapport.contacts.CustomFields fields = TestSupport.service(org.rapport.contacts.CustomFields.class);
		fields.define(new org.rapport.contacts.CustomField("diet", "Diet", org.rapport.contacts.FieldType.TEXT, List.of()));
		fields.define(new org.rapport.contacts.CustomField("room", "Room", org.rapport.contacts.FieldType.TEXT, List.of()));
		Customer a = customers.create(CustomerInput.person("Grace", "Teo", null, "grace@teo.sg", null));
		Customer b = customers.create(CustomerInput.person("Grace", "Teo", null, "grace.teo@gmail.com", null));
		fields.setValues(a.id(), java.util.Map.of("room", "high floor"));
		fields.setValues(b.id(), java.util.Map.of("room", "sea view", "diet", "halal"));

		duplicates.merge(a.id(), b.id(), CustomerInput.person("Grace", "Teo", null, "grace@teo.sg", null));

		assertEquals(java.util.Map.of("room", "high floor", "diet", "halal"), fields.values(a.id()));
	}

	private static CustomerInput withTag(CustomerInput in, String tag) {
		return new CustomerInput(in.kind(), in.name(), in.givenName(), in.familyName(), in.accountId(), in.company(),
				in.jobTitle(), in.accountRole(), in.industry(), in.companySize(), in.region(), in.city(), in.country(),
				in.source(), in.stage(), in.vipTier(), in.active(), in.owner(), in.channels(), Set.of(tag),
				in.creditLimit(), in.currency(), in.paymentTerms(), in.taxId(), in.billingAddress());
	}

	private static List<Long> ids(List<CustomerSummary> found) {
		return found.stream().map(CustomerSummary::id).toList();
	}
}
