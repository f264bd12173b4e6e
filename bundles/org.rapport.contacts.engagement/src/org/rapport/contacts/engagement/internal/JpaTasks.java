package org.rapport.contacts.engagement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.Task;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.TaskWindow;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.contacts.engagement.internal.store.EngagementUnit;
import org.rapport.contacts.engagement.internal.store.TaskEntity;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/**
 * Tasks: one task is a {@link TaskEntity} with a version; hand-outs to a team are inserted in JDBC batches; completing
 * is an UPDATE guarded by the task's state; lists are read with SQL by owner, state and due time from one index.
 */
@Component(service = Tasks.class)
public class JpaTasks implements Tasks {

	private static final String AUDIT_TYPE = "contacts.task";
	private static final String COLUMNS = "id, title, customer_id, due_at, priority, owner_login, done, created_by";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Task create(TaskInput in) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		check(in.title(), in.due());
		String user = security.currentLogin();
		String owner = owner(in, user);
		Task created = Transactions.inTransaction(EngagementUnit.factory(database), em -> {
			TaskEntity e = new TaskEntity(in.title().strip(), in.customerId(), in.due(), priority(in.priority()), owner,
					user);
			em.persist(e);
			em.flush();
			Transactions.sql(em, c -> {
				audit.record(c, AUDIT_TYPE, String.valueOf(e.id()), "*", null, owner + ": " + in.title());
				return null;
			});
			return e.toTask();
		});
		Events.post(events, ENTITY, EventTopics.CREATED, created.id(), user);
		return created;
	}

	@Override
	public int createAll(List<TaskInput> inputs) {
		int made = database.jdbc().inTransaction(c -> createAll(c, inputs));
		Events.post(events, ENTITY, EventTopics.CREATED, -1, security.currentLogin());
		return made;
	}

	@Override
	public int createAll(Connection c, List<TaskInput> inputs) throws SQLException {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		inputs.forEach(in -> check(in.title(), in.due()));
		String user = security.currentLogin();
		List<NewRow> rows = new ArrayList<>();
		for (TaskInput in : inputs) {
			rows.add(new NewRow(in.title().strip(), in.customerId(), in.due(), priority(in.priority()),
					owner(in, user)));
		}
		insertAll(database.jdbc(), c, rows, user);
		return inputs.size();
	}

	@Override
	public Task complete(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		Completed completed = database.jdbc().inTransaction(c -> {
			// A guard on the state: of two people ticking the task at once one completes it (one new version, one
			// audit row); the other waits for that and finds it done, which is what they wanted.
			boolean changed = Rows.update(c, "UPDATE engagement_task SET done = ?, version = version + 1"
					+ " WHERE id = ? AND done = ?", true, id, false) > 0;
			Task task = Rows.first(c, "SELECT " + COLUMNS + " FROM engagement_task WHERE id = ?", List.of(id),
					JpaTasks::task).orElseThrow(() -> new ValidationException(List.of(new FieldError("task",
							NLS.bind(Messages.Task_notFound, id)))));
			if (changed) {
				audit.record(c, AUDIT_TYPE, String.valueOf(id), "done", "false", "true");
			}
			return new Completed(task, changed);
		});
		if (completed.changed()) {
			Events.post(events, ENTITY, EventTopics.UPDATED, id, security.currentLogin());
		}
		return completed.task();
	}

	/** A task after completing it, and whether this call completed it. */
	private record Completed(Task task, boolean changed) {
	}

	@Override
	public List<Task> of(String owner, TaskWindow window, ZoneId zone, Locale locale) {
		LocalDate today = LocalDate.now(zone);
		Instant until = switch (window) {
		case OVERDUE -> Instant.now();
		case TODAY -> today.plusDays(1).atStartOfDay(zone).toInstant();
		case THIS_WEEK -> {
			DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
			yield today.with(TemporalAdjusters.previousOrSame(first)).plusWeeks(1).atStartOfDay(zone).toInstant();
		}
		case OPEN -> null;
		};
		return open(owner, until);
	}

	@Override
	public List<Task> dueBy(String owner, Instant until) {
		return open(owner, until);
	}

	private List<Task> open(String owner, Instant until) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		List<Object> params = new ArrayList<>(Arrays.asList(owner, false));
		String sql = "SELECT " + COLUMNS + " FROM engagement_task WHERE owner_login = ? AND done = ?";
		if (until != null) {
			sql += " AND due_at < ?";
			params.add(until);
		}
		sql += " ORDER BY owner_login, done, due_at FETCH FIRST 500 ROWS ONLY";
		return database.jdbc().query(sql, params, JpaTasks::task);
	}

	@Override
	public Map<String, Integer> assignEvenly(String title, Instant due, Priority priority, List<Long> customerIds,
			List<String> people) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		check(title, due);
		if (people.isEmpty()) {
			throw new ValidationException(List.of(new FieldError("people", Messages.Task_noPeople)));
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		people.forEach(p -> counts.put(p, 0));
		String user = security.currentLogin();
		List<NewRow> rows = new ArrayList<>();
		for (int i = 0; i < customerIds.size(); i++) {
			// Round robin in the order given: the first people get one more when it does not divide evenly.
			String person = people.get(i % people.size());
			rows.add(new NewRow(title.strip(), customerIds.get(i), due, priority(priority), person));
			counts.merge(person, 1, Integer::sum);
		}
		Jdbc jdbc = database.jdbc();
		jdbc.change(c -> {
			insertAll(jdbc, c, rows, user);
			audit.record(c, AUDIT_TYPE, "*", "assigned", null, title + ": " + counts);
		});
		Events.post(events, ENTITY, EventTopics.CREATED, -1, user);
		return counts;
	}

	/** A task of a batch, checked and completed with its defaults. */
	private record NewRow(String title, Long customerId, Instant due, Priority priority, String owner) {
	}

	/**
	 * Inserts tasks in one batch, with ids from the engagement sequence's blocks; the version column starts at its
	 * default.
	 */
	private static void insertAll(Jdbc jdbc, Connection c, List<NewRow> rows, String createdBy) throws SQLException {
		Instant now = Instant.now();
		try (PreparedStatement st = c.prepareStatement("INSERT INTO engagement_task (" + COLUMNS
				+ ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (NewRow row : rows) {
				Rows.bind(st, Arrays.asList(jdbc.nextId(c, EngagementUnit.SEQUENCE), row.title(), row.customerId(),
						row.due(), row.priority(), row.owner(), false, createdBy, now));
				st.addBatch();
			}
			st.executeBatch();
		}
	}

	private static void check(String title, Instant due) {
		List<FieldError> errors = new ArrayList<>();
		if (title == null || title.isBlank()) {
			errors.add(new FieldError("title", Messages.Task_noTitle));
		}
		if (due == null) {
			errors.add(new FieldError("due", Messages.Task_noDue));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	private static String owner(TaskInput in, String user) {
		return in.owner() == null || in.owner().isBlank() ? user : in.owner();
	}

	private static Priority priority(Priority given) {
		return given == null ? Priority.NORMAL : given;
	}

	static Task task(ResultSet rs) throws SQLException {
		return new Task(rs.getLong(1), rs.getString(2), Rows.nullableLong(rs, 3), Rows.instant(rs, 4),
				Priority.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7), rs.getString(8));
	}
}
