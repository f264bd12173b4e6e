package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;

/**
 * The lines of the customer list loaded so far. Pages are fetched in a job as the user scrolls near the end;
 * a new filter starts over, and answers to an older filter are dropped (the user types faster than the
 * database answers).
 */
final class CustomerPages {

	static final int PAGE = 100;

	private final CustomerService service;
	private final Consumer<Runnable> ui;
	private final Runnable changed;
	private final List<CustomerSummary> rows = new ArrayList<>();
	private CustomerQuery query = CustomerQuery.all(PAGE);
	private boolean more;
	private boolean loading;
	private int generation;
	private String problem = "";

	/**
	 * @param ui      runs a task on the UI thread
	 * @param changed called on the UI thread when lines were added or replaced
	 */
	CustomerPages(CustomerService service, Consumer<Runnable> ui, Runnable changed) {
		this.service = service;
		this.ui = ui;
		this.changed = changed;
	}

	/** Starts over with another query. UI thread. */
	void show(CustomerQuery newQuery) {
		generation++;
		query = newQuery;
		rows.clear();
		more = true;
		loading = false;
		problem = "";
		changed.run();
		fetch();
	}

	/** Asks for the next page when the user has come near the end. UI thread. */
	void reached(int row) {
		if (more && !loading && row >= rows.size() - PAGE / 4) {
			fetch();
		}
	}

	private void fetch() {
		loading = true;
		int ticket = generation;
		CustomerQuery page = rows.isEmpty() ? query : query.next(rows.get(rows.size() - 1));
		Job job = Job.create(Messages.List_loading, monitor -> {
			try {
				List<CustomerSummary> found = service.search(page);
				ui.accept(() -> arrived(ticket, found, ""));
			} catch (RuntimeException e) {
				ui.accept(() -> arrived(ticket, List.of(), e.getMessage() == null ? e.toString() : e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void arrived(int ticket, List<CustomerSummary> found, String failure) {
		if (ticket != generation) {
			return;
		}
		loading = false;
		rows.addAll(found);
		more = failure.isEmpty() && found.size() == query.limit();
		problem = failure;
		changed.run();
	}

	List<CustomerSummary> rows() {
		return rows;
	}

	boolean hasMore() {
		return more;
	}

	boolean isLoading() {
		return loading;
	}

	String problem() {
		return problem;
	}

	CustomerQuery query() {
		return query;
	}
}
