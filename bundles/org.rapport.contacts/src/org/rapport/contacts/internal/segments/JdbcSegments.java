package org.rapport.contacts.internal.segments;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.Segment;
import org.rapport.contacts.SegmentField;
import org.rapport.contacts.SegmentRule;
import org.rapport.contacts.Segments;
import org.rapport.contacts.internal.JdbcCustomFields;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** Segments in contacts_segment and contacts_segment_member; rules kept as text and compiled to SQL. */
@Component(service = Segments.class)
public class JdbcSegments implements Segments {

	private static final String AUDIT_TYPE = "contacts.segment";
	private static final String COLUMNS = "id, version, name, rule_text, owner_login";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public List<Segment> list() {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return query("SELECT " + COLUMNS + " FROM contacts_segment ORDER BY LOWER(name)");
	}

	@Override
	public Optional<Segment> find(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return query("SELECT " + COLUMNS + " FROM contacts_segment WHERE id = ?", id).stream().findFirst();
	}

	@Override
	public Optional<Segment> named(String name) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return query("SELECT " + COLUMNS + " FROM contacts_segment WHERE LOWER(name) = ?",
				name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT)).stream().findFirst();
	}

	@Override
	public Segment create(String name, SegmentRule rule) {
		security.checkPermitted(CustomerService.MODULE, Action.CREATE);
		String clean = checked(name, rule, -1);
		Instant now = Instant.now();
		String owner = security.currentLogin();
		Jdbc jdbc = database.jdbc();
		long id = jdbc.inTransaction(c -> {
			long made = jdbc.nextId(c, "contacts_segment_seq");
			Rows.update(c, "INSERT INTO contacts_segment (id, version, name, rule_text, owner_login, created_at,"
					+ " updated_at) VALUES (?, 1, ?, ?, ?, ?, ?)", made, clean, rule == null ? null : RuleText.format(rule),
					owner, now, now);
			audit.record(c, AUDIT_TYPE, String.valueOf(made), "*", null,
					clean + (rule == null ? "" : ": " + RuleText.format(rule)));
			return made;
		});
		post(id, EventTopics.CREATED);
		return new Segment(id, 1, clean, rule, owner);
	}

	@Override
	public Segment update(long id, int version, String name, SegmentRule rule) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		Segment before = find(id).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Segment_notFound, id)));
		if (before.version() != version) {
			throw stale(before);
		}
		SegmentRule kept = before.isStatic() ? null : rule;
		String clean = checked(name, kept, id);
		if (!before.isStatic() && kept == null) {
			throw invalid("rule", Messages.Rule_empty);
		}
		database.jdbc().change(c -> {
			// Only at the version read: a save by someone else since then leaves no row to update.
			if (Rows.update(c, "UPDATE contacts_segment SET name = ?, rule_text = ?, updated_at = ?,"
					+ " version = version + 1 WHERE id = ? AND version = ?", clean,
					kept == null ? null : RuleText.format(kept), Instant.now(), id, version) == 0) {
				throw stale(before);
			}
			audit.record(c, AUDIT_TYPE, String.valueOf(id), "*", before.name()
					+ (before.isStatic() ? "" : ": " + RuleText.format(before.rule())),
					clean + (kept == null ? "" : ": " + RuleText.format(kept)));
		});
		post(id, EventTopics.UPDATED);
		return new Segment(id, version + 1, clean, kept, before.owner());
	}

	@Override
	public void delete(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.DELETE);
		Segment before = find(id).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Segment_notFound, id)));
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM contacts_segment WHERE id = ?", id);
			audit.record(c, AUDIT_TYPE, String.valueOf(id), "*", before.name(), null);
		});
		post(id, EventTopics.DELETED);
	}

	@Override
	public int count(SegmentRule rule) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return database.jdbc().read(c -> {
			RuleSql.Compiled sql = RuleSql.compile(rule, SegmentFields.catalog(JdbcCustomFields.definitions(c)),
					LocalDate.now());
			return count(c, "SELECT COUNT(*) FROM contacts_customer WHERE " + sql.where(), sql.params());
		});
	}

	@Override
	public int count(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return database.jdbc().read(c -> {
			List<Object> params = new ArrayList<>();
			String where = SegmentConditions.members(c, id, params);
			return count(c, "SELECT COUNT(*) FROM contacts_customer WHERE " + where, params);
		});
	}

	@Override
	public int add(long id, Collection<Long> customerIds) {
		return change(id, customerIds, true);
	}

	@Override
	public int remove(long id, Collection<Long> customerIds) {
		return change(id, customerIds, false);
	}

	private int change(long id, Collection<Long> customerIds, boolean add) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		Segment segment = find(id).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Segment_notFound, id)));
		if (!segment.isStatic()) {
			throw invalid("segment", NLS.bind(Messages.Segment_notStatic, segment.name()));
		}
		int changed = database.jdbc().inTransaction(c -> {
			if (add) {
				requireCustomers(c, customerIds);
			}
			int written = 0;
			for (long customer : new LinkedHashSet<>(customerIds)) {
				boolean member = Rows.first(c, "SELECT 1 FROM contacts_segment_member WHERE segment_id = ?"
						+ " AND customer_id = ?", List.of(id, customer), rs -> Boolean.TRUE).isPresent();
				if (member != add) {
					Rows.update(c, add ? "INSERT INTO contacts_segment_member (segment_id, customer_id) VALUES (?, ?)"
							: "DELETE FROM contacts_segment_member WHERE segment_id = ? AND customer_id = ?", id,
							customer);
					written++;
				}
			}
			if (written > 0) {
				audit.record(c, AUDIT_TYPE, String.valueOf(id), "members", null,
						NLS.bind(add ? Messages.Segment_added : Messages.Segment_removed, written));
			}
			return written;
		});
		if (changed > 0) {
			post(id, EventTopics.UPDATED);
		}
		return changed;
	}

	/** Refuses ids of customers that do not exist, naming them, before anything is written. */
	private static void requireCustomers(Connection c, Collection<Long> customerIds) throws SQLException {
		List<Long> missing = new ArrayList<>();
		for (long customer : new LinkedHashSet<>(customerIds)) {
			if (Rows.first(c, "SELECT 1 FROM contacts_customer WHERE id = ?", List.of(customer), rs -> Boolean.TRUE)
					.isEmpty()) {
				missing.add(customer);
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Segment_badMembers, missing.stream()
					.map(String::valueOf).collect(Collectors.joining(", "))));
		}
	}

	@Override
	public List<SegmentField> fields() {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return database.jdbc().read(c -> List.copyOf(SegmentFields.catalog(JdbcCustomFields.definitions(c)).values()));
	}

	@Override
	public SegmentRule parse(String text) {
		return RuleText.parse(text);
	}

	@Override
	public String format(SegmentRule rule) {
		return RuleText.format(rule);
	}

	/** The trimmed name, checked with the rule; throws a ValidationException naming what is wrong. */
	private String checked(String name, SegmentRule rule, long self) {
		List<FieldError> errors = new ArrayList<>();
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			errors.add(new FieldError("name", Messages.Segment_noName));
		} else if (clean.length() > 200) {
			errors.add(new FieldError("name", NLS.bind(Messages.Validation_tooLong, 200)));
		} else {
			named(clean).filter(s -> s.id() != self)
					.ifPresent(s -> errors.add(new FieldError("name", NLS.bind(Messages.Segment_nameUsed, s.name()))));
		}
		if (rule != null) {
			try {
				RuleSql.compile(rule, SegmentFields.catalog(database.jdbc().read(JdbcCustomFields::definitions)),
						LocalDate.now());
			} catch (ValidationException e) {
				errors.addAll(e.errors());
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return clean;
	}

	private static StaleRecordException stale(Segment read) {
		return new StaleRecordException(NLS.bind(Messages.Segment_savedMeanwhile, read.name()));
	}

	private static ValidationException invalid(String field, String message) {
		return new ValidationException(List.of(new FieldError(field, message)));
	}

	private List<Segment> query(String sql, Object... params) {
		return database.jdbc().query(sql, Arrays.asList(params), rs -> {
			String rule = rs.getString(4);
			return new Segment(rs.getLong(1), rs.getInt(2), rs.getString(3), rule == null ? null : RuleText.parse(rule),
					rs.getString(5));
		});
	}

	private static int count(Connection c, String sql, List<Object> params) throws SQLException {
		return Rows.first(c, sql, params, rs -> rs.getInt(1)).orElse(0);
	}

	private void post(long id, String action) {
		RecordEvents.post(events, CustomerService.MODULE, ENTITY, action, id, security.currentLogin());
	}
}
