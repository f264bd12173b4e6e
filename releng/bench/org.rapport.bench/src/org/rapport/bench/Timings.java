package org.rapport.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collected durations in milliseconds, summarised as median, 95th percentile and maximum. */
final class Timings {

	private final List<Double> millis = new ArrayList<>();

	<T> T time(java.util.function.Supplier<T> work) {
		long start = System.nanoTime();
		T result = work.get();
		millis.add((System.nanoTime() - start) / 1e6);
		return result;
	}

	String summary() {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return "no samples";
		}
		return String.format("median %.1f ms, p95 %.1f ms, max %.1f ms (%d samples)", at(sorted, 0.5), at(sorted, 0.95),
				sorted.get(sorted.size() - 1), sorted.size());
	}

	double median() {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return at(sorted, 0.5);
	}

	double p95() {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return at(sorted, 0.95);
	}

	private static double at(List<Double> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
	}
}
