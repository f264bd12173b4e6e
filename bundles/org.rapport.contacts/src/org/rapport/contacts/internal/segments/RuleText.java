package org.rapport.contacts.internal.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * before {@code or}; errors say at which character the text goes wrong.
 */
public final class RuleText {

	private final String text;
	private final List<String> tokens = new ArrayList<>();
	private final List<Integer> positions = new ArrayList<>();
	private int next;

	private RuleText(String text) {
		this.text = text;
	}

	public static SegmentRule parse(String text) {
		RuleText reader = new RuleText(text == null ? "" : text);
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

	public static String format(SegmentRule rule) {
		return format(rule, false);
	}

	private static String format(SegmentRule rule, boolean nested) {
		if (rule instanceof Condition c) {
			return c.field() + " " + c.operator().symbol() + (c.operator().takesValue() ? " " + quoted(c.value()) : "");
		}
		Group g = (Group) rule;
		List<String> parts = g.parts().stream().map(p -> format(p, true)).toList();
		String joined = String.join(g.any() ? " or " : " and ", parts);
		return nested && parts.size() > 1 ? "(" + joined + ")" : joined;
	}

	private static String quoted(String value) {
		return value.isEmpty() || !value.matches("[\\p{L}\\p{N}_.@+:/-]+") || isWord(value)
				? "\"" + value.replace("\"", "\\\"") + "\"" : value;
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
		if (accept("(")) {
			SegmentRule inner = or();
			if (!accept(")")) {
				throw error(next, Messages.Rule_closeParenthesis);
			}
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
		String value = unquote(take(Messages.Rule_value));
		return new Condition(field.toLowerCase(Locale.ROOT).startsWith("custom.") ? field : field.toLowerCase(Locale.ROOT),
				op, value);
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
		int at = token < positions.size() ? positions.get(token) + 1 : text.length() + 1;
		return new ValidationException(List.of(new FieldError("rule", NLS.bind(Messages.Rule_at, at, message))));
	}
}
