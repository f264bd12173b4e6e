package org.rapport.contacts.internal.segments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** Segments in contacts_segment and contacts_segment_member; rules kept as text and compiled to SQL. */
@Component(service = Segments.class)
public class JdbcSegments implements Segments {

	private static final String AUDIT_TYPE = "contacts.segment";

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
		return query("SELECT id, name, rule_text, owner_login FROM contacts_segment ORDER BY LOWER(name)");
	}

	@Override
	public Optional<Segment> find(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return query("SELECT id, name, rule_text, owner_login FROM contacts_segment WHERE id = ?", id).stream().findFirst();
	}

	@Override
	public Optional<Segment> named(String name) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return query("SELECT id, name, rule_text, owner_login FROM contacts_segment WHERE LOWER(name) = ?",
				name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT)).stream().findFirst();
	}

	@Override
	public Segment create(String name, SegmentRule rule) {
		security.checkPermitted(CustomerService.MODULE, Action.CREATE);
		String clean = checked(name, rule, -1);
		Timestamp now = Timestamp.from(Instant.now());
		long id;
		try (Connection c = database.dataSource().getConnection()) {
			id = nextId(c);
			try (PreparedStatement st = c.prepareStatement("INSERT INTO contacts_segment (id, name, rule_text, owner_login,"
					+ " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
				st.setLong(1, id);
				st.setString(2, clean);
				st.setString(3, rule == null ? null : RuleText.format(rule));
				st.setString(4, security.currentUser().login());
				st.setTimestamp(5, now);
				st.setTimestamp(6, now);
				st.executeUpdate();
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record(AUDIT_TYPE, String.valueOf(id), "*", null, clean + (rule == null ? "" : ": " + RuleText.format(rule)));
		post(id, EventTopics.CREATED);
		return new Segment(id, clean, rule, security.currentUser().login());
	}

	@Override
	public Segment update(long id, String name, SegmentRule rule) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		Segment before = find(id).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Segment_notFound, id)));
		SegmentRule kept = before.isStatic() ? null : rule;
		String clean = checked(name, kept, id);
		if (!before.isStatic() && kept == null) {
			throw invalid("rule", Messages.Rule_empty);
		}
		execute("UPDATE contacts_segment SET name = ?, rule_text = ?, updated_at = ? WHERE id = ?", clean,
				kept == null ? null : RuleText.format(kept), Timestamp.from(Instant.now()), id);
		audit.record(AUDIT_TYPE, String.valueOf(id), "*", before.name()
				+ (before.isStatic() ? "" : ": " + RuleText.format(before.rule())),
				clean + (kept == null ? "" : ": " + RuleText.format(kept)));
		post(id, EventTopics.UPDATED);
		return new Segment(id, clean, kept, before.owner());
	}

	@Override
	public void delete(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.DELETE);
		Segment before = find(id).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Segment_notFound, id)));
		execute("DELETE FROM contacts_segment WHERE id = ?", id);
		audit.record(AUDIT_TYPE, String.valueOf(id), "*", before.name(), null);
		post(id, EventTopics.DELETED);
	}

	@Override
	public int count(SegmentRule rule) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		try (Connection c = database.dataSource().getConnection()) {
			RuleSql.Compiled sql = RuleSql.compile(rule, SegmentFields.catalog(JdbcCustomFields.definitions(c)), LocalDate.now());
			return count(c, "SELECT COUNT(*) FROM contacts_customer WHERE " + sql.where(), sql.params());
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	@Override
	public int count(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		try (Connection c = database.dataSource().getConnection()) {
			List<Object> params = new ArrayList<>();
			String where = SegmentConditions.members(c, id, params);
			return count(c, "SELECT COUNT(*) FROM contacts_customer WHERE " + where, params);
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
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
		int changed = 0;
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement has = c.prepareStatement(
					"SELECT 1 FROM contacts_segment_member WHERE segment_id = ? AND customer_id = ?");
					PreparedStatement write = c.prepareStatement(add
							? "INSERT INTO contacts_segment_member (segment_id, customer_id) VALUES (?, ?)"
							: "DELETE FROM contacts_segment_member WHERE segment_id = ? AND customer_id = ?")) {
				for (long customer : new java.util.LinkedHashSet<>(customerIds)) {
					has.setLong(1, id);
					has.setLong(2, customer);
					boolean member;
					try (ResultSet rs = has.executeQuery()) {
						member = rs.next();
					}
					if (member != add) {
						write.setLong(1, id);
						write.setLong(2, customer);
						write.executeUpdate();
						changed++;
					}
				}
				c.commit();
			} catch (SQLException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			// A customer that does not exist breaks the foreign key: say so plainly.
			throw new IllegalArgumentException(NLS.bind(Messages.Segment_badMembers, e.getMessage()), e);
		}
		if (changed > 0) {
			audit.record(AUDIT_TYPE, String.valueOf(id), "members", null,
					NLS.bind(add ? Messages.Segment_added : Messages.Segment_removed, changed));
			post(id, EventTopics.UPDATED);
		}
		return changed;
	}

	@Override
	public List<SegmentField> fields() {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		try (Connection c = database.dataSource().getConnection()) {
			return List.copyOf(SegmentFields.catalog(JdbcCustomFields.definitions(c)).values());
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
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
			try (Connection c = database.dataSource().getConnection()) {
				RuleSql.compile(rule, SegmentFields.catalog(JdbcCustomFields.definitions(c)), LocalDate.now());
			} catch (ValidationException e) {
				errors.addAll(e.errors());
			} catch (SQLException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return clean;
	}

	private static ValidationException invalid(String field, String message) {
		return new ValidationException(List.of(new FieldError(field, message)));
	}

	private long nextId(Connection c) throws SQLException {
		String sql = database.info().kind() == org.rapport.platform.persistence.DatabaseKind.POSTGRESQL
				? "SELECT nextval('contacts_segment_seq')" : "VALUES NEXT VALUE FOR contacts_segment_seq";
		try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private List<Segment> query(String sql, Object... params) {
		List<Segment> found = new ArrayList<>();
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				st.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					String rule = rs.getString(3);
					found.add(new Segment(rs.getLong(1), rs.getString(2), rule == null ? null : RuleText.parse(rule),
							rs.getString(4)));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return found;
	}

	private static int count(Connection c, String sql, List<Object> params) throws SQLException {
		try (PreparedStatement st = c.prepareStatement(sql)) {
			for (int i = 0; i < params.size(); i++) {
				st.setObject(i + 1, params.get(i));
			}
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	private void execute(String sql, Object... params) {
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				st.setObject(i + 1, params[i]);
			}
			st.executeUpdate();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private void post(long id, String action) {
		RecordEvents.post(events, CustomerService.MODULE, ENTITY, action, id, security.currentUser().login());
	}
}
