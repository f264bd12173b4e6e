package org.rapport.contacts.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.FieldType;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.Segment;
import org.rapport.contacts.SegmentRule;
import org.rapport.contacts.Segments;
import org.rapport.contacts.VipTier;
import org.rapport.platform.validation.ValidationException;

/** Rule-based segments give exactly the customers a person would pick by hand; static lists keep who was put in. */
class SegmentsTest extends WithCustomers {

	private Segments segments;
	private CustomFields fields;
	private final List<Customer> all = new ArrayList<>();

	@BeforeEach
	void customers() throws Exception {
		segments = TestSupport.service(Segments.class);
		fields = TestSupport.service(CustomFields.class);
		fields.define(new CustomField("nights", "Nights stayed", FieldType.NUMBER, List.of()));
		fields.define(new CustomField("diet", "Diet", FieldType.MULTI_CHOICE, List.of("halal", "vegetarian", "no pork")));
		add("Aminah", "Kuala Lumpur", "Wilayah Persekutuan", VipTier.GOLD, LifecycleStage.STABLE, Set.of("golf"), 400, "12", "halal");
		add("Ben", "Petaling Jaya", "Selangor", VipTier.SILVER, LifecycleStage.FORMATION, Set.of(), 30, "3", null);
		add("Chong", "Kuala Lumpur", "Wilayah Persekutuan", VipTier.NONE, LifecycleStage.STABLE, Set.of("golf"), 10, null, "halal;no pork");
		add("Devi", "Shah Alam", "Selangor", VipTier.PLATINUM, LifecycleStage.DECLINING, Set.of(), -1, "40", "vegetarian");
		add("Eng", "Penang", "Pulau Pinang", VipTier.GOLD, LifecycleStage.PROSPECT, Set.of("golf"), 800, "8", null);
		add("Farah", "kuala lumpur", "Wilayah Persekutuan", VipTier.PLATINUM, LifecycleStage.CHURNED, Set.of(), -1, null, "halal");
	}

	private void add(String name, String city, String region, VipTier vip, LifecycleStage stage, Set<String> tags,
			int daysSinceContact, String nights, String diet) {
		CustomerInput p = CustomerInput.person(name, "Test", null, name.toLowerCase() + "@example.my", null);
		Customer c = customers.create(new CustomerInput(CustomerKind.PERSON, null, p.givenName(), p.familyName(), null, null,
				null, null, null, null, region, city, "MY", null, stage, vip, true, null, p.channels(), tags, null, null,
				null, null, null));
		if (daysSinceContact >= 0) {
			customers.noteInteraction(c.id(), Instant.now().minus(daysSinceContact, ChronoUnit.DAYS));
		}
		Map<String, String> values = new java.util.HashMap<>();
		if (nights != null) {
			values.put("nights", nights);
		}
		if (diet != null) {
			values.put("diet", diet);
		}
		fields.setValues(c.id(), values);
		all.add(c);
	}

	@Test
	void aRuleOfThreeConditionsHasExactlyTheHandPickedMembers() {
		SegmentRule rule = segments.parse("vip != NONE and (city = \"Kuala Lumpur\" or region = Selangor) and stage >= STABLE");
		// By hand: VIP (Aminah, Ben, Devi, Eng, Farah); in KL or Selangor (Aminah, Ben, Devi, Farah); stage stable or
		// later (Aminah, Devi, Farah).
		assertEquals(Set.of("Aminah", "Devi", "Farah"), names(segments.create("VIP in the Klang Valley", rule)));
		assertEquals(3, segments.count(rule));
	}

	@Test
	void rulesTestTagsCustomFieldsAndTheLastInteraction() {
		assertEquals(Set.of("Aminah", "Chong", "Eng"), members("tag = golf"));
		assertEquals(Set.of("Ben", "Devi", "Farah"), members("tag != golf"));
		assertEquals(Set.of("Aminah", "Devi", "Eng"), members("custom.nights > 5"));
		assertEquals(Set.of("Aminah", "Chong", "Farah"), members("custom.diet = halal"));
		assertEquals(Set.of("Chong"), members("custom.diet = \"no pork\""));
		assertEquals(Set.of("Ben", "Devi"), members("custom.diet != halal and custom.diet is not empty or custom.nights = 3"));
		assertEquals(Set.of("Aminah", "Devi", "Eng", "Farah"), members("last_interaction < -12m or last_interaction is empty"));
		assertEquals(Set.of("Ben", "Chong"), members("last_interaction >= -60d"));
		assertEquals(Set.of("Aminah", "Chong", "Farah"), members("city ~ kuala"));
	}

	@Test
	void aWrongRuleSaysWhatAndWhere() {
		assertMessage("vipp = GOLD", "vipp");
		assertMessage("vip = PLATINUMM", "PLATINUMM");
		assertMessage("vip =", "character 6");
		assertMessage("(vip = GOLD", ")");
		assertMessage("city = \"Kuala Lumpur", "not closed");
		assertMessage("custom.nights > many", "many");
		assertMessage("last_interaction < yesterday", "yesterday");
		assertThrows(ValidationException.class, () -> segments.create(" ", null));
		segments.create("Golfers", segments.parse("tag = golf"));
		assertMessageOf(assertThrows(ValidationException.class, () -> segments.create("golfers", null)), "Golfers");
	}

	@Test
	void aRuleReadsBackAsItIsWritten() {
		SegmentRule rule = segments.parse("vip != NONE and (city = \"Kuala Lumpur\" or region = Selangor) and custom.diet = \"no pork\"");
		assertEquals("vip != NONE and (city = \"Kuala Lumpur\" or region = Selangor) and custom.diet = \"no pork\"",
				segments.format(rule));
		assertEquals(rule, segments.parse(segments.format(rule)));
	}

	@Test
	void aStaticListKeepsItsMembersThroughAMergeAndExportsThem() throws Exception {
		Segment list = segments.create("Trade fair 2026", null);
		assertEquals(2, segments.add(list.id(), List.of(all.get(0).id(), all.get(1).id(), all.get(0).id())));
		assertEquals(Set.of("Aminah", "Ben"), names(list));
		assertThrows(ValidationException.class, () -> segments.add(segments.create("KL", segments.parse("city = KL")).id(),
				List.of(all.get(2).id())), "a rule-based segment has no hand-picked members");

		TestSupport.service(CustomerDuplicates.class).merge(all.get(2).id(), all.get(1).id(),
				customers.find(all.get(2).id()).orElseThrow().input());
		assertEquals(Set.of("Aminah", "Chong"), names(list), "Chong took Ben's place in the list");

		Path file = home.resolve("fair.csv");
		assertEquals(2, TestSupport.service(ContactTransfer.class).export(file, ContactTransfer.Format.CSV, null, list.id(),
				new NullProgressMonitor()));
		String csv = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(csv.contains("Aminah Test") && csv.contains("Chong Test") && !csv.contains("Devi"), csv);
		assertEquals(1, segments.remove(list.id(), List.of(all.get(0).id())));
		assertEquals(Set.of("Chong"), names(list));
		segments.delete(list.id());
		assertTrue(segments.named("Trade fair 2026").isEmpty());
		assertTrue(customers.find(all.get(2).id()).isPresent(), "deleting a segment keeps its customers");
	}

	private Set<String> members(String rule) {
		Segment s = segments.create(rule, segments.parse(rule));
		assertEquals(segments.count(s.id()), names(s).size());
		return names(s);
	}

	/** Given names of the members, read page by page as the list reads them. */
	private Set<String> names(Segment segment) {
		Set<String> names = new TreeSet<>();
		CustomerQuery query = CustomerQuery.inSegment(segment.id(), 2);
		List<CustomerSummary> page;
		do {
			page = customers.search(query);
			page.forEach(c -> names.add(c.name().replace(" Test", "")));
			if (!page.isEmpty()) {
				query = query.next(page.get(page.size() - 1));
			}
		} while (page.size() == 2);
		return names;
	}

	private void assertMessage(String rule, String expected) {
		ValidationException e = assertThrows(ValidationException.class, () -> segments.count(segments.parse(rule)), rule);
		assertMessageOf(e, expected);
	}

	private static void assertMessageOf(ValidationException e, String expected) {
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}
}
