package org.rapport.contacts.engagement.internal;

import java.sql.Connection;
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
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** Tasks in engagement_task, read by owner, state and due time from one index. */
@Component(service = Tasks.class)
public class JdbcTasks implements Tasks {

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
		String user = security.currentUser().login();
		String owner = in.owner() == null || in.owner().isBlank() ? user : in.owner();
		Priority priority = in.priority() == null ? Priority.NORMAL : in.priority();
		long id;
		try (Connection c = database.dataSource().getConnection()) {
			id = insert(c, new Store.Ids(database.info().kind()), in.title().strip(), in.customerId(), in.due(), priority,
					owner, user);
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("contacts.task", String.valueOf(id), "*", null, owner + ": " + in.title());
		Events.post(events, ENTITY, EventTopics.CREATED, id, user);
		return new Task(id, in.title().strip(), in.customerId(), in.due(), priority, owner, false, user);
	}

	@Override
	public int createAll(List<TaskInput> inputs) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		inputs.forEach(in -> check(in.title(), in.due()));
		String user = security.currentUser().login();
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			Store.Ids ids = new Store.Ids(database.info().kind());
			try (java.sql.PreparedStatement st = c.prepareStatement("INSERT INTO engagement_task (" + COLUMNS
					+ ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
				for (TaskInput in : inputs) {
					st.setLong(1, ids.next(c));
					st.setString(2, in.title().strip());
					if (in.customerId() == null) {
						st.setNull(3, java.sql.Types.BIGINT);
					} else {
						st.setLong(3, in.customerId());
					}
					st.setTimestamp(4, java.sql.Timestamp.from(in.due()));
					st.setString(5, (in.priority() == null ? Priority.NORMAL : in.priority()).name());
					st.setString(6, in.owner() == null || in.owner().isBlank() ? user : in.owner());
					st.setBoolean(7, false);
					st.setString(8, user);
					st.setTimestamp(9, now);
					st.addBatch();
				}
				st.executeBatch();
				c.commit();
			} catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		Events.post(events, ENTITY, EventTopics.CREATED, -1, user);
		return inputs.size();
	}

	@Override
	public Task complete(long id) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		try (Connection c = database.dataSource().getConnection()) {
			if (Store.update(c, "UPDATE engagement_task SET done = ? WHERE id = ?", Arrays.asList(true, id)) == 0) {
				throw new ValidationException(List.of(new FieldError("task", NLS.bind(Messages.Task_notFound, id))));
			}
			Task done = Store.query(c, "SELECT " + COLUMNS + " FROM engagement_task WHERE id = ?", List.of(id),
					JdbcTasks::task).get(0);
			audit.record("contacts.task", String.valueOf(id), "done", "false", "true");
			Events.post(events, ENTITY, EventTopics.UPDATED, id, security.currentUser().login());
			return done;
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
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
		try (Connection c = database.dataSource().getConnection()) {
			return Store.query(c, sql, params, JdbcTasks::task);
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
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
		String user = security.currentUser().login();
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			Store.Ids ids = new Store.Ids(database.info().kind());
			try {
				for (int i = 0; i < customerIds.size(); i++) {
					// Round robin in the order given: the first people get one more when it does not divide evenly.
					String person = people.get(i % people.size());
					insert(c, ids, title.strip(), customerIds.get(i), due, priority == null ? Priority.NORMAL : priority,
							person, user);
					counts.merge(person, 1, Integer::sum);
				}
				c.commit();
			} catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("contacts.task", "*", "assigned", null, title + ": " + counts);
		Events.post(events, ENTITY, EventTopics.CREATED, -1, user);
		return counts;
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

	private static long insert(Connection c, Store.Ids ids, String title, Long customer, Instant due, Priority priority,
			String owner, String user) throws SQLException {
		long id = ids.next(c);
		Store.update(c, "INSERT INTO engagement_task (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				Arrays.asList(id, title, customer, due, priority.name(), owner, false, user, Instant.now()));
		return id;
	}

	static Task task(ResultSet rs) throws SQLException {
		return new Task(rs.getLong(1), rs.getString(2), Store.nullableLong(rs, 3), Store.instant(rs, 4),
				Priority.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7), rs.getString(8));
	}
}
