package org.rapport.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.Segment;
import org.rapport.contacts.Segments;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.StaleRecordException;

/**
 * Two people edit the same segment: the one who saves second, on what was read before the first save, is told
 * which segment and to open it again; the first one's name and rule stay, and the members follow the rule as saved.
 * Adding members to a static list is not an edit of the segment.
 */
class SegmentSavedMeanwhileTest extends WithCustomers {

	private Segments segments;

	@BeforeEach
	void services() throws Exception {
		segments = TestSupport.service(Segments.class);
	}

	@Test
	void aSecondEditOnTheSameReadingIsRefusedByNameAndTheFirstStays() throws Exception {
		person("Nurul", "KL Dental Group");
		person("Arjun", "Harmoni Sdn Bhd");
		person("Siti", "Sinar Logistics");
		Segment made = segments.create("Clinics", segments.parse("company = \"KL Dental Group\""));
		Segment mine = segments.find(made.id()).orElseThrow();
		Segment theirs = segments.find(made.id()).orElseThrow();

		Segment saved = segments.update(theirs.id(), theirs.version(), "Clinics",
				segments.parse("company = \"KL Dental Group\" or company = \"Harmoni Sdn Bhd\""));
		assertTrue(saved.version() > theirs.version(), "a save is a new version");

		StaleRecordException stale = assertThrows(StaleRecordException.class, () -> segments.update(mine.id(),
				mine.version(), "Logistics", segments.parse("company = \"Sinar Logistics\"")));
		assertEquals(NLS.bind(Messages.Segment_savedMeanwhile, "Clinics"), stale.getMessage());

		Segment stored = segments.find(made.id()).orElseThrow();
		assertEquals(saved, stored, "the first edit stays, version and all");
		assertEquals("company = \"KL Dental Group\" or company = \"Harmoni Sdn Bhd\"", segments.format(stored.rule()));
		assertEquals(2, segments.count(made.id()), "the members follow the rule as saved");
		assertTrue(segments.named("Logistics").isEmpty(), "nothing of the refused edit was written");
		assertEquals(2, TestSupport.service(AuditLog.class).history("contacts.segment", String.valueOf(made.id()))
				.size(), "made and saved once: the refused edit is not in its history");

		Segment again = segments.update(stored.id(), stored.version(), "Logistics",
				segments.parse("company = \"Sinar Logistics\""));
		assertEquals("Logistics", again.name(), "opened again, the edit is saved");
		assertEquals(1, segments.count(made.id()));
	}

	@Test
	void membersAddedToAStaticListDoNotMakeARenameStale() {
		Customer nurul = person("Nurul", "KL Dental Group");
		Segment read = segments.create("Trade fair", null);
		assertEquals(1, segments.add(read.id(), List.of(nurul.id())));

		Segment renamed = segments.update(read.id(), read.version(), "Trade fair 2026", null);
		assertEquals("Trade fair 2026", renamed.name());
		assertEquals(1, segments.count(read.id()), "the member stays");
		assertThrows(StaleRecordException.class, () -> segments.update(read.id(), read.version(), "Fair", null),
				"but a second rename on the same reading is refused");
	}

	private Customer person(String name, String company) {
		return customers.create(CustomerInput.person(name, "Test", company, name.toLowerCase() + "@example.my", null));
	}
}
