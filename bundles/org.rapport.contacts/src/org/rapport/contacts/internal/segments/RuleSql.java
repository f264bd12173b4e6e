package org.rapport.contacts.internal.segments;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.FieldType;
import org.rapport.contacts.SegmentField;
import org.rapport.contacts.SegmentRule;
import org.rapport.contacts.SegmentRule.Condition;
import org.rapport.contacts.SegmentRule.Group;
import org.rapport.contacts.SegmentRule.Operator;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.search.SearchKeys;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/**
 * A segment rule as a SQL condition on contacts_customer, with its parameters. Fields and values are checked
 * against the catalog first, so that a rule never fails in the database. Dates may be relative to today; they are
 * days from {@link RuleText#FIRST_DAY} to {@link RuleText#LAST_DAY}. A rule built in code is held to the limits of
 * one read from text: groups nested at most {@link RuleText#DEEPEST} deep, at most {@link RuleText#LONGEST}
 * characters written out.
 */
public final class RuleSql {

	private final Map<String, SegmentField> fields;
	private final LocalDate today;
	private final List<Object> params = new ArrayList<>();
	private final List<FieldError> errors = new ArrayList<>();

	private RuleSql(Map<String, SegmentField> fields, LocalDate today) {
		this.fields = fields;
		this.today = today;
	}

	/** The condition and its parameters. */
	public record Compiled(String where, List<Object> params) {
	}

	/**
	 * @throws ValidationException with field {@code rule}, one message per wrong condition
	 */
	public static Compiled compile(SegmentRule rule, Map<String, SegmentField> fields, LocalDate today) {
		RuleSql sql = new RuleSql(fields, today);
		String where = sql.render(rule, 0);
		if (!sql.errors.isEmpty()) {
			throw new ValidationException(sql.errors);
		}
		// Stored as text: one that would not fit is refused here rather than by the database.
		if (RuleText.format(rule).length() > RuleText.LONGEST) {
			throw new ValidationException(
					List.of(new FieldError("rule", NLS.bind(Messages.Rule_tooLong, RuleText.LONGEST))));
		}
		return new Compiled(where, List.copyOf(sql.params));
	}

	private String render(SegmentRule rule, int depth) {
		if (rule instanceof Group g) {
			if (depth > RuleText.DEEPEST) {
				throw RuleText.tooDeep();
			}
			if (g.parts().isEmpty()) {
				return g.any() ? "1 = 0" : "1 = 1";
			}
			List<String> parts = new ArrayList<>();
			for (SegmentRule part : g.parts()) {
				parts.add(render(part, depth + 1));
			}
			return "(" + String.join(g.any() ? " OR " : " AND ", parts) + ")";
		}
		Condition c = (Condition) rule;
		SegmentField field = fields.get(c.field());
		if (field == null) {
			errors.add(new FieldError("rule", NLS.bind(Messages.Rule_unknownField, c.field(), String.join(", ", fields.keySet()))));
			return "1 = 1";
		}
		try {
			if (c.field().equals(SegmentFields.TAG)) {
				return tag(c);
			}
			if (c.field().startsWith(SegmentFields.CUSTOM)) {
				return custom(c, field);
			}
			return column(SegmentFields.column(c.field()), c, field);
		} catch (IllegalArgumentException e) {
			errors.add(new FieldError("rule", e.getMessage()));
			return "1 = 1";
		}
	}

	private String column(String column, Condition c, SegmentField field) {
		Operator op = c.operator();
		if (op == Operator.EMPTY) {
			return "(" + column + " IS NULL" + (field.type() == FieldType.TEXT ? " OR " + column + " = ''" : "") + ")";
		}
		if (op == Operator.NOT_EMPTY) {
			return "(" + column + " IS NOT NULL" + (field.type() == FieldType.TEXT ? " AND " + column + " <> ''" : "") + ")";
		}
		return switch (field.type()) {
		case DATE -> date(column, op, day(c));
		case BOOLEAN -> {
			only(c, Operator.EQUALS, Operator.NOT_EQUALS);
			boolean yes = bool(c);
			params.add(op == Operator.EQUALS ? yes : !yes);
			yield column + " = ?";
		}
		case CHOICE -> ordered(column, c, field.values());
		default -> text("LOWER(" + column + ")", column, op, c.value().toLowerCase(Locale.ROOT));
		};
	}

	/** Choice columns compare by the choices' order: stage >= STABLE, vip > NONE. */
	private String ordered(String column, Condition c, List<String> values) {
		only(c, Operator.EQUALS, Operator.NOT_EQUALS, Operator.LESS, Operator.LESS_OR_EQUAL, Operator.GREATER,
				Operator.GREATER_OR_EQUAL);
		int at = -1;
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).equalsIgnoreCase(c.value())) {
				at = i;
			}
		}
		if (at < 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.Rule_notChoice,
					new Object[] { c.value(), c.field(), String.join(", ", values) }));
		}
		List<String> chosen = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			boolean in = switch (c.operator()) {
			case EQUALS -> i == at;
			case NOT_EQUALS -> i != at;
			case LESS -> i < at;
			case LESS_OR_EQUAL -> i <= at;
			case GREATER -> i > at;
			default -> i >= at;
			};
			if (in) {
				chosen.add(values.get(i));
			}
		}
		if (chosen.isEmpty()) {
			return "1 = 0";
		}
		params.addAll(chosen);
		return column + " IN (" + String.join(", ", java.util.Collections.nCopies(chosen.size(), "?")) + ")";
	}

	private String text(String compared, String column, Operator op, String value) {
		if (op == Operator.STARTS_WITH) {
			params.add(value.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
			return compared + " LIKE ? ESCAPE '!'";
		}
		params.add(value);
		if (op == Operator.NOT_EQUALS) {
			return "(" + column + " IS NULL OR " + compared + " <> ?)";
		}
		return compared + " " + op.symbol() + " ?";
	}

	private String date(String column, Operator op, LocalDate day) {
		Timestamp start = Timestamp.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
		Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
		switch (op) {
		case EQUALS -> {
			params.add(start);
			params.add(end);
			return "(" + column + " >= ? AND " + column + " < ?)";
		}
		case NOT_EQUALS -> {
			params.add(start);
			params.add(end);
			return "(" + column + " IS NULL OR " + column + " < ? OR " + column + " >= ?)";
		}
		case LESS, GREATER_OR_EQUAL -> params.add(start);
		case LESS_OR_EQUAL, GREATER -> params.add(end);
		default -> throw new IllegalArgumentException(NLS.bind(Messages.Rule_badOperator, op.symbol(), "date"));
		}
		return column + (op == Operator.LESS || op == Operator.LESS_OR_EQUAL ? " < ?" : " >= ?");
	}

	private String tag(Condition c) {
		String any = "SELECT 1 FROM contacts_customer_tag t WHERE t.customer_id = contacts_customer.id";
		return switch (c.operator()) {
		case EMPTY -> "NOT EXISTS (" + any + ")";
		case NOT_EMPTY -> "EXISTS (" + any + ")";
		case EQUALS, NOT_EQUALS -> {
			params.add(c.value().strip());
			yield (c.operator() == Operator.NOT_EQUALS ? "NOT " : "") + "EXISTS (" + any + " AND t.tag = ?)";
		}
		case STARTS_WITH -> {
			params.add(c.value().strip() + "%");
			yield "EXISTS (" + any + " AND t.tag LIKE ?)";
		}
		default -> throw new IllegalArgumentException(NLS.bind(Messages.Rule_badOperator, c.operator().symbol(), c.field()));
		};
	}

	private String custom(Condition c, SegmentField field) {
		params.add(c.field().substring(SegmentFields.CUSTOM.length()));
		String any = "SELECT 1 FROM contacts_field_value v WHERE v.customer_id = contacts_customer.id AND v.field_key = ?";
		Operator op = c.operator();
		if (op == Operator.EMPTY || op == Operator.NOT_EMPTY) {
			return (op == Operator.EMPTY ? "NOT " : "") + "EXISTS (" + any + ")";
		}
		boolean negated = op == Operator.NOT_EQUALS;
		Operator compared = negated ? Operator.EQUALS : op;
		String test = switch (field.type()) {
		case NUMBER -> {
			only(c, Operator.EQUALS, Operator.NOT_EQUALS, Operator.LESS, Operator.LESS_OR_EQUAL, Operator.GREATER,
					Operator.GREATER_OR_EQUAL);
			// The CASE keeps the database from casting other fields' text, whatever order it tests in.
			params.add(c.field().substring(SegmentFields.CUSTOM.length()));
			params.add(number(c));
			yield "CAST(CASE WHEN v.field_key = ? THEN v.field_value END AS DECIMAL(31, 6)) " + compared.symbol() + " ?";
		}
		case DATE -> {
			params.add(day(c).toString());
			yield "v.field_value " + compared.symbol() + " ?";
		}
		case BOOLEAN -> {
			only(c, Operator.EQUALS, Operator.NOT_EQUALS);
			params.add(String.valueOf(bool(c)));
			yield "v.field_value = ?";
		}
		case CHOICE, MULTI_CHOICE -> {
			only(c, Operator.EQUALS, Operator.NOT_EQUALS);
			if (field.values().stream().noneMatch(v -> v.equalsIgnoreCase(c.value()))) {
				throw new IllegalArgumentException(NLS.bind(Messages.Rule_notChoice,
						new Object[] { c.value(), c.field(), String.join(", ", field.values()) }));
			}
			String folded = SearchKeys.fold(c.value());
			if (field.type() == FieldType.CHOICE) {
				params.add(folded);
				yield "v.value_key = ?";
			}
			params.addAll(List.of(folded, folded + ";%", "%;" + folded, "%;" + folded + ";%"));
			yield "(v.value_key = ? OR v.value_key LIKE ? OR v.value_key LIKE ? OR v.value_key LIKE ?)";
		}
		default -> {
			String folded = SearchKeys.fold(c.value());
			if (compared == Operator.STARTS_WITH) {
				params.add(folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
				yield "v.value_key LIKE ? ESCAPE '!'";
			}
			params.add(folded);
			yield "v.value_key " + compared.symbol() + " ?";
		}
		};
		return (negated ? "NOT " : "") + "EXISTS (" + any + " AND " + test + ")";
	}

	private static void only(Condition c, Operator... allowed) {
		if (!List.of(allowed).contains(c.operator())) {
			throw new IllegalArgumentException(NLS.bind(Messages.Rule_badOperator, c.operator().symbol(), c.field()));
		}
	}

	private static boolean bool(Condition c) {
		String v = c.value().toLowerCase(Locale.ROOT);
		if (List.of("true", "yes", "1").contains(v)) {
			return true;
		}
		if (List.of("false", "no", "0").contains(v)) {
			return false;
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Rule_notBoolean, c.value(), c.field()));
	}

	private static BigDecimal number(Condition c) {
		try {
			return new BigDecimal(c.value().strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Rule_notNumber, c.value(), c.field()));
		}
	}

	/** A date: 2026-11-25, today, or back from today: -30d, -2w, -12m, -1y; within the days a rule compares. */
	private LocalDate day(Condition c) {
		String v = c.value().strip().toLowerCase(Locale.ROOT);
		LocalDate day;
		Matcher m = RuleText.RELATIVE.matcher(v);
		if (v.equals("today")) {
			day = today;
		} else if (m.matches()) {
			day = RuleText.back(m.group(1), m.group(2), today);
		} else {
			try {
				day = LocalDate.parse(v);
			} catch (DateTimeException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Rule_notDate, c.value(), c.field()));
			}
		}
		if (day == null || day.isBefore(RuleText.FIRST_DAY) || day.isAfter(RuleText.LAST_DAY)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Rule_dateRange,
					new Object[] { c.value(), RuleText.FIRST_DAY, RuleText.LAST_DAY, c.field() }));
		}
		return day;
	}
}
