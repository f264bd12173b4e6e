package org.rapport.contacts.tests;

import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.SegmentRule;
import org.rapport.contacts.SegmentRule.Condition;
import org.rapport.contacts.SegmentRule.Group;
import org.rapport.contacts.SegmentRule.Operator;
import org.rapport.contacts.Segments;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.validation.ValidationException;

/**
 * Rules that are absurd rather than wrong (nested ten thousand deep, a megabyte long, dated in the year 99999) get
 * the same answer as any mistake: a message naming the character where the rule goes wrong, never a stack overflow.
 */
class SegmentRuleLimitsTest extends WithCustomers {

	private Segments segments;

	@BeforeEach
	void services() throws Exception {
		segments = TestSupport.service(Segments.class);
		customers.create(CustomerInput.person("Aminah", "Test", null, "aminah@example.my", null));
	}

	@Test
	void aRuleNestedTenThousandDeepOrAMegabyteLongIsRefusedAtTheFirstCharacterTooMany() {
		String deep = "(".repeat(10_000) + "city = KL" + ")".repeat(10_000);
		assertEquals(at(4_001, NLS.bind(Messages.Rule_tooLong, 4_000)), refusal(deep));

		String megabyte = "city = KL or ".repeat(80_000) + "city = Ipoh";
		assertEquals(at(4_001, NLS.bind(Messages.Rule_tooLong, 4_000)),
				assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(megabyte)), "said at once");
	}

	@Test
	void parenthesesNestAtMostFiftyDeepAndTheFiftyFirstIsNamed() {
		String fifty = "(".repeat(50) + "kind = PERSON" + ")".repeat(50);
		assertEquals(1, segments.count(segments.parse(fifty)), "fifty deep is a rule like any other");

		String thousand = "(".repeat(1_000) + "kind = PERSON" + ")".repeat(1_000);
		assertEquals(at(51, NLS.bind(Messages.Rule_tooDeep, 50)), refusal(thousand));
		assertEquals(at(66, NLS.bind(Messages.Rule_tooDeep, 50)),
				refusal("vip = NONE and " + "(".repeat(51) + "city = KL" + ")".repeat(51)),
				"the 51st parenthesis, after the 15 characters before the first");
	}

	@Test
	void anAbsurdDateIsARuleErrorAtTheValue() {
		assertEquals(at(11, NLS.bind(Messages.Rule_notDate, "99999-01-01", "created")),
				refusal("created > 99999-01-01"));
		assertEquals(at(20, NLS.bind(Messages.Rule_notDate, "2026-02-30", "last_interaction")),
				refusal("last_interaction < 2026-02-30"));
		assertEquals(at(11, NLS.bind(Messages.Rule_dateRange, new Object[] { "+99999-01-01", "1900-01-01",
				"2999-12-31", "created" })), refusal("created > +99999-01-01"));
		assertEquals(at(11, NLS.bind(Messages.Rule_dateRange, new Object[] { "-99999999999y", "1900-01-01",
				"2999-12-31", "created" })), refusal("created > -99999999999y"));
		assertEquals(at(11, NLS.bind(Messages.Rule_dateRange, new Object[] { "-5000y", "1900-01-01", "2999-12-31",
				"created" })), refusal("created > -5000y"));

		assertEquals(1, segments.count(segments.parse("created > 2026-02-28 or created <= today")),
				"real days still compare");
	}

	@Test
	void aQuotedValueThatLooksLikeADateIsTextAndReadsBackQuoted() {
		SegmentRule rule = segments.parse("city = \"2026-02-30\"");
		assertEquals(new Condition("city", Operator.EQUALS, "2026-02-30"), rule);
		assertEquals("city = \"2026-02-30\"", segments.format(rule));
		assertEquals(rule, segments.parse(segments.format(rule)));
		assertEquals(0, segments.count(rule));

		ValidationException asDate = assertThrows(ValidationException.class,
				() -> segments.count(segments.parse("created = \"2026-02-30\"")));
		assertEquals(NLS.bind(Messages.Rule_notDate, "2026-02-30", "created"), asDate.errors().get(0).message(),
				"compared with a date field, it must still be a date");
	}

	@Test
	void aRuleBuiltInCodeTenThousandGroupsDeepIsRefusedNotOverflowed() {
		SegmentRule rule = new Condition("city", Operator.EQUALS, "KL");
		for (int i = 0; i < 10_000; i++) {
			rule = new Group(i % 2 == 0, List.of(rule, new Condition("vip", Operator.EQUALS, "NONE")));
		}
		SegmentRule deep = rule;
		String tooDeep = NLS.bind(Messages.Rule_tooDeep, 50);
		assertEquals(tooDeep, assertThrows(ValidationException.class, () -> segments.count(deep)).errors().get(0)
				.message());
		assertEquals(tooDeep, assertThrows(ValidationException.class, () -> segments.create("Deep", deep)).errors()
				.get(0).message());
		assertEquals(tooDeep, assertThrows(ValidationException.class, () -> segments.format(deep)).errors().get(0)
				.message());
		assertEquals(List.of(), segments.list(), "nothing was saved");
	}

	private String refusal(String rule) {
		ValidationException e = assertThrows(ValidationException.class, () -> segments.parse(rule));
		assertEquals(1, e.errors().size(), e.getMessage());
		assertEquals("rule", e.errors().get(0).field());
		return e.errors().get(0).message();
	}

	private static String at(int character, String message) {
		return NLS.bind(Messages.Rule_at, character, message);
	}
}
