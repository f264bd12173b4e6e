package org.rapport.contacts.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.internal.demo.DemoCustomers;
import org.rapport.contacts.internal.demo.DemoDataWriter;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

class CustomerServiceTest extends WithCustomers {

	@Test
	void aNewCustomerIsStoredWithItsChannelsAndOwnedByItsCreator() {
		Customer created = customers.create(CustomerInput.person("Mei Ling", "Tan", "Sinar Sdn Bhd",
				"meiling.tan@sinar.com.my", "012-888 1234"));
		Customer read = customers.find(created.id()).orElseThrow();
		assertEquals("Mei Ling Tan", read.name());
		assertEquals(System.getProperty("user.name"), read.input().owner());
		assertEquals(2, read.input().channels().size());
		assertEquals("meiling.tan@sinar.com.my", read.input().channels().get(0).value());
	}

	@Test
	void badInputIsRejectedFieldByFieldAndNothingIsSaved() {
		ValidationException e = assertThrows(ValidationException.class,
				() -> customers.create(CustomerInput.person("", " ", null, "not-an-email", "12ab")));
		assertEquals(List.of("givenName", "channels[0].value", "channels[1].value"),
				e.errors().stream().map(FieldError::field).toList());
		assertTrue(e.errors().get(1).message().contains("not-an-email"), e.errors().get(1).message());
		assertEquals(List.of(), customers.search(CustomerQuery.all(10)));
	}

	@Test
	void theSecondOfTwoEditorsSavingTheSameCustomerGetsAConflictAndTheFirstEditStays() {
		Customer opened = customers.create(CustomerInput.person("Ahmad", "bin Ismail", null, "ahmad@example.my", null));
		Customer first = customers.update(opened.id(), opened.version(),
				CustomerInput.person("Ahmad", "bin Ismail", "Maju Berhad", "ahmad@example.my", null));
		ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
				() -> customers.update(opened.id(), opened.version(),
						CustomerInput.person("Ahmad", "bin Ismail", "Cahaya Enterprise", "ahmad@example.my", null)));
		assertTrue(conflict.getMessage().contains("Ahmad bin Ismail"), conflict.getMessage());
		Customer stored = customers.find(opened.id()).orElseThrow();
		assertEquals("Maju Berhad", stored.input().company());
		assertEquals(first.version(), stored.version());
	}

	@Test
	void everyChangedFieldGoesIntoTheAuditLog() throws Exception {
		Customer c = customers.create(CustomerInput.person("Priya", "a/l Raman", null, "priya@example.my", null));
		customers.update(c.id(), c.version(), CustomerInput.person("Priya", "a/l Raman", "Jaya Enterprise",
				"priya.raman@example.my", null));
		List<AuditEntry> history = TestSupport.service(AuditLog.class).history(CustomerService.AUDIT_TYPE,
				String.valueOf(c.id()));
		assertEquals(List.of("*", "company", "channels"), history.stream().map(AuditEntry::field).toList());
		assertEquals("Jaya Enterprise", history.get(1).newValue());
	}

	@Test
	void creatingACustomerPostsAnEventOtherModulesSee() throws Exception {
		BlockingQueue<Event> seen = new LinkedBlockingQueue<>();
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(EventConstants.EVENT_TOPIC, "org/rapport/contacts/customer/*");
		ServiceRegistration<EventHandler> reg = FrameworkUtil.getBundle(getClass()).getBundleContext()
				.registerService(EventHandler.class, seen::add, props);
		try {
			Customer c = customers.create(CustomerInput.person("Grace", "Evans", null, null, null));
			Event event = seen.poll(10, TimeUnit.SECONDS);
			assertEquals("org/rapport/contacts/customer/CREATED", event.getTopic());
			assertEquals(c.id(), event.getProperty("id"));
		} finally {
			reg.unregister();
		}
	}

	@Test
	void demoDataAndTheServiceShareIdsWithoutCollisions() throws Exception {
		int written = new DemoDataWriter(database.jdbc(), "MY", "tester")
				.write(new DemoCustomers(7, "tester"), 500, new NullProgressMonitor());
		assertEquals(500, written);
		Customer after = customers.create(CustomerInput.person("Oliver", "Wright", null, null, null));
		assertEquals("Oliver Wright", customers.find(after.id()).orElseThrow().name());
		assertEquals(50, customers.search(CustomerQuery.all(50)).size());
		assertTrue(customers.search(CustomerQuery.matching("zs", 50)).stream().allMatch(s -> s.name().startsWith("张")
				|| s.name().startsWith("周") || s.name().startsWith("赵") || s.name().startsWith("郑")
				|| s.name().startsWith("曾") || s.name().startsWith("朱") || s.name().startsWith("鄭")
				|| s.name().startsWith("張") || s.name().startsWith("趙")), "initials zs match family names starting with z and given names with s");
	}
}
