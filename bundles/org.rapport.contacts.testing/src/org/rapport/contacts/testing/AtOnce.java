package org.rapport.contacts.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Two people pressing the button at the same moment: for tests of what two concurrent writers leave behind. */
public final class AtOnce {

	private AtOnce() {
	}

	/** Starts both at once and gives what each returned, or the runtime exception it threw. */
	public static List<Object> together(Callable<?> first, Callable<?> second) throws Exception {
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<Object>> running = new ArrayList<>();
			for (Callable<?> work : List.of(first, second)) {
				running.add(two.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					try {
						return work.call();
					} catch (RuntimeException e) {
						return e;
					}
				}));
			}
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> f : running) {
				outcomes.add(f.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		} finally {
			two.shutdownNow();
			two.awaitTermination(30, TimeUnit.SECONDS);
		}
	}
}
