package org.rapport.contacts.engagement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tasks and their reminders. Changes post {@code org/rapport/contacts/task/<CREATED|UPDATED>}. */
public interface Tasks {

	String ENTITY = "task";

	/** @throws org.rapport.platform.validation.ValidationException naming the field at fault */
	Task create(TaskInput input);

	/** Creates many tasks in one transaction (bulk work: a hand-out of leads); all or nothing. */
	int createAll(List<TaskInput> inputs);

	/**
	 * Creates many tasks in the caller's transaction, so that they commit with the work they follow (a hand-out of
	 * leads and its follow-ups) or not at all. No event is posted: the caller announces its own work after commit.
	 */
	int createAll(java.sql.Connection c, List<TaskInput> inputs) throws java.sql.SQLException;

	/**
	 * Marks a task done (its owner or a manager); a task already done stays as it is. Of two people completing it
	 * at once, one completes it (one change in its history) and the other gets it as done.
	 *
	 * @throws org.rapport.platform.validation.ValidationException naming the task when there is no such task
	 */
	Task complete(long id);

	/** Someone's open tasks in a window, earliest due first; today and the week are reckoned in the zone and locale. */
	List<Task> of(String owner, TaskWindow window, ZoneId zone, Locale locale);

	/** Someone's open tasks due at or before a time, for reminders. */
	List<Task> dueBy(String owner, Instant until);

	/**
	 * Hands a batch of tasks to a team: one per customer, spread as evenly as possible over the people in the
	 * order given (10 customers over 3 people: 4, 3, 3).
	 *
	 * @return how many tasks each person got, in the order given
	 */
	Map<String, Integer> assignEvenly(String title, Instant due, Priority priority, List<Long> customerIds,
			List<String> people);
}
