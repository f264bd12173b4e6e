package org.rapport.contacts;

import java.util.List;

/**
 * The rule of a rule-based segment: conditions on customer fields joined in groups by AND (all) or OR (any),
 * evaluated in SQL. Written as text it reads {@code vip != NONE and (city = "Kuala Lumpur" or region = Selangor)}
 * (see {@link Segments#parse}).
 */
public sealed interface SegmentRule {

	/** Comparisons a condition can make. Text compares ignore case; {@code ~} means "starts with". */
	enum Operator {
		EQUALS("="), NOT_EQUALS("!="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">="),
		STARTS_WITH("~"), EMPTY("is empty"), NOT_EMPTY("is not empty");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		/** How the operator is written in a rule. */
		public String symbol() {
			return symbol;
		}

		/** Whether the operator takes a value. */
		public boolean takesValue() {
			return this != EMPTY && this != NOT_EMPTY;
		}
	}

	/**
	 * Conditions that must all hold ({@code any == false}) or of which one must hold.
	 *
	 * @param parts conditions and nested groups, at least one
	 */
	record Group(boolean any, List<SegmentRule> parts) implements SegmentRule {

		public Group {
			parts = List.copyOf(parts);
		}
	}

	/**
	 * One comparison.
	 *
	 * @param field    a field of {@link Segments#fields()}: {@code stage}, {@code vip}, {@code city}, {@code tag},
	 *                 {@code last_interaction}, {@code custom.<key>} ...
	 * @param operator the comparison
	 * @param value    what to compare with; dates may be relative ({@code -12m}, {@code -30d}, {@code today});
	 *                 empty for {@link Operator#EMPTY} and {@link Operator#NOT_EMPTY}
	 */
	record Condition(String field, Operator operator, String value) implements SegmentRule {

		public Condition {
			value = value == null ? "" : value;
		}
	}
}
