package org.rapport.contacts.ui.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.platform.lists.PageWindow;

/**
 * The lines of the customer list as the grid shows them. Pages are fetched in a job as the user scrolls: at the
 * end for more, or in the middle for a page dropped from memory (only the last pages seen are kept, so that
 * scrolling through a million customers holds a few hundred). A new filter starts over, and answers to an older
 * filter are dropped (the user types faster than the database answers).
 */
final class CustomerPages {

	static final int PAGE = 100;
	/** Pages held: a few screens on either side of the one shown. */
	private static final int PAGES_KEPT = 20;

	private final CustomerService service;
	private final Consumer<Runnable> ui;
	private final Runnable changed;
	private final PageWindow<CustomerSummary> window = new PageWindow<>(PAGE, PAGES_KEPT);
	private final Set<Integer> fetching = new HashSet<>();
	private Function<List<CustomerSummary>, Map<Long, Map<String, String>>> extras = page -> Map.of();
	/** Extra values of the pages in memory, by page. */
	private final Map<Integer, Map<Long, Map<String, String>>> extraValues = new HashMap<>();
	private CustomerQuery query = CustomerQuery.all(PAGE);
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

	/** Values read with every page besides the lines (custom fields shown as columns), by customer id. */
	void readAlso(Function<List<CustomerSummary>, Map<Long, Map<String, String>>> more) {
		this.extras = more;
	}

	/** Starts over with another query. UI thread. */
	void show(CustomerQuery newQuery) {
		generation++;
		query = newQuery;
		window.clear();
		fetching.clear();
		extraValues.clear();
		problem = "";
		changed.run();
		fetch(0);
	}

	/** The line at the index, or null while its page is on its way; asks for what is missing. UI thread. */
	CustomerSummary line(int row) {
		CustomerSummary line = window.line(row);
		int page = window.pageOf(row);
		if (line == null && row < window.size() && !window.isLoaded(page)) {
			fetch(page);
		}
		if (window.hasMore() && row >= window.size() - PAGE / 4) {
			fetch(window.pages());
		}
		return line;
	}

	/** Values read besides the line at the index (see {@link #readAlso}); empty when its page is not in memory. */
	Map<String, String> extras(int row) {
		CustomerSummary line = window.line(row);
		Map<Long, Map<String, String>> page = extraValues.get(window.pageOf(row));
		return line == null || page == null ? Map.of() : page.getOrDefault(line.id(), Map.of());
	}

	private void fetch(int page) {
		if (problem.length() > 0 || !fetching.add(page)) {
			return;
		}
		int ticket = generation;
		CustomerQuery asked = query.next(window.startAfter(page));
		Function<List<CustomerSummary>, Map<Long, Map<String, String>>> more = extras;
		Job job = Job.create(Messages.List_loading, monitor -> {
			try {
				List<CustomerSummary> found = service.search(asked);
				Map<Long, Map<String, String>> values = found.isEmpty() ? Map.of() : more.apply(found);
				ui.accept(() -> arrived(ticket, page, found, values, ""));
			} catch (RuntimeException e) {
				String failure = e.getMessage() == null ? e.toString() : e.getMessage();
				ui.accept(() -> arrived(ticket, page, List.of(), Map.of(), failure));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void arrived(int ticket, int page, List<CustomerSummary> found, Map<Long, Map<String, String>> values,
			String failure) {
		if (ticket != generation) {
			return;
		}
		fetching.remove(page);
		problem = failure;
		if (failure.isEmpty()) {
			window.arrived(page, found);
			extraValues.put(page, values);
			extraValues.keySet().removeIf(p -> !window.isLoaded(p));
		}
		changed.run();
	}

	/** Lines reached so far (some not in memory). */
	int size() {
		return window.size();
	}

	boolean hasMore() {
		return window.hasMore() && problem.isEmpty();
	}

	boolean isLoading() {
		return !fetching.isEmpty();
	}

	String problem() {
		return problem;
	}

	CustomerQuery query() {
		return query;
	}
}
