package org.rapport.contacts.internal.segments;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.SegmentRule;
import org.rapport.contacts.SegmentRule.Condition;
import org.rapport.contacts.SegmentRule.Group;
import org.rapport.contacts.SegmentRule.Operator;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/**
 * Segment rules as text: {@code vip != NONE and (city = "Kuala Lumpur" or region = Selangor)}. {@code and} binds
 * before {@code or}; errors say at which character the text goes wrong. A rule is at most {@link #LONGEST}
 * characters (what a segment stores) and nests parentheses at most {@link #DEEPEST} deep, so that no rule, however
 * written, can exhaust the parser. An unquoted value written as a date ({@code 2026-02-30}, {@code -30d}) must be a
 * real day between {@link #FIRST_DAY} and {@link #LAST_DAY}; quoted, it is compared as text.
 */
public final class RuleText {

	/** The longest rule text: the length of contacts_segment.rule_text. */
	public static final int LONGEST = 4_000;
	/** How deep parentheses (and groups of a rule built in code) may nest. */
	public static final int DEEPEST = 50;
	/** The earliest day a rule compares with. */
	public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
	/** The latest day a rule compares with. */
	public static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

	/** What reads as a date rather than text: a year of four digits or more, a month and a day. */
	private static final Pattern DATE_LIKE = Pattern.compile("[+-]?\\d{4,}-\\d{1,2}-\\d{1,2}");
	/** A day back from today: -30d, -2w, -12m, -1y (RuleSql reads it). */
	static final Pattern RELATIVE = Pattern.compile("-(\\d+)([dwmy])");

	private final String text;
	private final List<String> tokens = new ArrayList<>();
	private final List<Integer> positions = new ArrayList<>();
	private int next;
	private int depth;

	private RuleText(String text) {
		this.text = text;
	}

	public static SegmentRule parse(String text) {
		RuleText reader = new RuleText(text == null ? "" : text);
		if (reader.text.length() > LONGEST) {
			// Said before reading any of it: a rule of a megabyte is not split into tokens first.
			throw at(LONGEST + 1, NLS.bind(Messages.Rule_tooLong, LONGEST));
		}
		reader.split();
		if (reader.tokens.isEmpty()) {
			throw reader.error(0, Messages.Rule_empty);
		}
		SegmentRule rule = reader.or();
		if (reader.next < reader.tokens.size()) {
			throw reader.error(reader.next, NLS.bind(Messages.Rule_unexpected, reader.tokens.get(reader.next)));
		}
		return rule;
	}

	/** The rule as {@link #parse} reads it; a rule built in code nested deeper than {@link #DEEPEST} is refused. */
	public static String format(SegmentRule rule) {
		return format(rule, 0);
	}

	private static String format(SegmentRule rule, int depth) {
		if (rule instanceof Condition c) {
			return c.field() + " " + c.operator().symbol() + (c.operator().takesValue() ? " " + quoted(c.value()) : "");
		}
		if (depth > DEEPEST) {
			throw tooDeep();
		}
		Group g = (Group) rule;
		List<String> parts = g.parts().stream().map(p -> format(p, depth + 1)).toList();
		String joined = String.join(g.any() ? " or " : " and ", parts);
		return depth > 0 && parts.size() > 1 ? "(" + joined + ")" : joined;
	}

	/** The refusal of a rule built in code whose groups nest too deep, where no character can be named. */
	static ValidationException tooDeep() {
		return new ValidationException(List.of(new FieldError("rule", NLS.bind(Messages.Rule_tooDeep, DEEPEST))));
	}

	private static String quoted(String value) {
		// A text that looks like a date but is none stays quoted, or it would not read back.
		boolean plain = !value.isEmpty() && value.matches("[\\p{L}\\p{N}_.@+:/-]+") && !isWord(value)
				&& dayProblem(value, "") == null;
		return plain ? value : "\"" + value.replace("\"", "\\\"") + "\"";
	}

	private static boolean isWord(String value) {
		return List.of("and", "or", "is", "not", "empty").contains(value.toLowerCase(Locale.ROOT));
	}

	private SegmentRule or() {
		List<SegmentRule> parts = new ArrayList<>(List.of(and()));
		while (accept("or")) {
			parts.add(and());
		}
		return parts.size() == 1 ? parts.get(0) : new Group(true, parts);
	}

	private SegmentRule and() {
		List<SegmentRule> parts = new ArrayList<>(List.of(unary()));
		while (accept("and")) {
			parts.add(unary());
		}
		return parts.size() == 1 ? parts.get(0) : new Group(false, parts);
	}

	private SegmentRule unary() {
		int open = next;
		if (accept("(")) {
			if (++depth > DEEPEST) {
				throw error(open, NLS.bind(Messages.Rule_tooDeep, DEEPEST));
			}
			SegmentRule inner = or();
			if (!accept(")")) {
				throw error(next, Messages.Rule_closeParenthesis);
			}
			depth--;
			// A group keeps its own all/any even when it holds one condition.
			return inner instanceof Group ? inner : new Group(false, List.of(inner));
		}
		int at = next;
		String field = take(Messages.Rule_field);
		if (!field.matches("[A-Za-z][A-Za-z0-9_.]*")) {
			throw error(at, NLS.bind(Messages.Rule_notField, field));
		}
		if (accept("is")) {
			boolean not = accept("not");
			if (!accept("empty")) {
				throw error(next, Messages.Rule_expectEmpty);
			}
			return new Condition(field.toLowerCase(Locale.ROOT).startsWith("custom.") ? field : field.toLowerCase(Locale.ROOT),
					not ? Operator.NOT_EMPTY : Operator.EMPTY, "");
		}
		int opAt = next;
		String symbol = take(Messages.Rule_operator);
		Operator op = null;
		for (Operator o : Operator.values()) {
			if (o.takesValue() && o.symbol().equals(symbol)) {
				op = o;
			}
		}
		if (op == null) {
			throw error(opAt, NLS.bind(Messages.Rule_notOperator, symbol));
		}
		int valueAt = next;
		String written = take(Messages.Rule_value);
		if (!written.startsWith("\"")) {
			checkDay(valueAt, written, field);
		}
		return new Condition(field.toLowerCase(Locale.ROOT).startsWith("custom.") ? field : field.toLowerCase(Locale.ROOT),
				op, unquote(written));
	}

	/** A value written as a date must be a real day that the database can compare with. */
	private void checkDay(int token, String value, String field) {
		String problem = dayProblem(value, field);
		if (problem != null) {
			throw error(token, problem);
		}
	}

	/** Why a value written as a date is none, or null when it is a day in range or not written as a date. */
	private static String dayProblem(String value, String field) {
		LocalDate day;
		Matcher relative = RELATIVE.matcher(value.toLowerCase(Locale.ROOT));
		if (relative.matches()) {
			day = back(relative.group(1), relative.group(2), LocalDate.now());
		} else if (DATE_LIKE.matcher(value).matches()) {
			try {
				day = LocalDate.parse(value);
			} catch (DateTimeException e) {
				return NLS.bind(Messages.Rule_notDate, value, field);
			}
		} else {
			return null;
		}
		if (day == null || day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
			return NLS.bind(Messages.Rule_dateRange, new Object[] { value, FIRST_DAY, LAST_DAY, field });
		}
		return null;
	}

	/**
	 * The day so long back from today ({@code -30d}: amount 30, unit d), or null when it is not a day of the
	 * calendar at all (-99999999999y).
	 */
	static LocalDate back(String amount, String unit, LocalDate today) {
		if (amount.length() > 9) {
			return null;
		}
		int n = Integer.parseInt(amount);
		try {
			return switch (unit) {
			case "d" -> today.minusDays(n);
			case "w" -> today.minusWeeks(n);
			case "m" -> today.minusMonths(n);
			default -> today.minusYears(n);
			};
		} catch (DateTimeException e) {
			return null;
		}
	}

	private boolean accept(String word) {
		if (next < tokens.size() && tokens.get(next).equalsIgnoreCase(word) && !text.startsWith("\"", positions.get(next))) {
			next++;
			return true;
		}
		return false;
	}

	private String take(String what) {
		if (next >= tokens.size()) {
			throw error(next, NLS.bind(Messages.Rule_missing, what));
		}
		return tokens.get(next++);
	}

	private String unquote(String token) {
		return token.startsWith("\"") ? token.substring(1, token.length() - 1).replace("\\\"", "\"") : token;
	}

	private void split() {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '(' || c == ')' || c == '~' || c == '=') {
				add(String.valueOf(c), i);
				i++;
			} else if (c == '<' || c == '>' || c == '!') {
				int len = i + 1 < text.length() && text.charAt(i + 1) == '=' ? 2 : 1;
				add(text.substring(i, i + len), i);
				i += len;
			} else if (c == '"') {
				int end = i + 1;
				while (end < text.length() && (text.charAt(end) != '"' || text.charAt(end - 1) == '\\')) {
					end++;
				}
				if (end >= text.length()) {
					throw new ValidationException(List.of(new FieldError("rule", NLS.bind(Messages.Rule_at, i + 1,
							Messages.Rule_unclosedQuote))));
				}
				add(text.substring(i, end + 1), i);
				i = end + 1;
			} else {
				int end = i;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "()~=<>!\"".indexOf(text.charAt(end)) < 0) {
					end++;
				}
				add(text.substring(i, end), i);
				i = end;
			}
		}
	}

	private void add(String token, int at) {
		tokens.add(token);
		positions.add(at);
	}

	private ValidationException error(int token, String message) {
		return at(token < positions.size() ? positions.get(token) + 1 : text.length() + 1, message);
	}

	private static ValidationException at(int character, String message) {
		return new ValidationException(List.of(new FieldError("rule", NLS.bind(Messages.Rule_at, character, message))));
	}
}
