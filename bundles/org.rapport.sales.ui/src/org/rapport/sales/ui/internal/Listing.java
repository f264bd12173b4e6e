package org.rapport.sales.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rapport.contacts.CustomerService;
import org.rapport.sales.SalesProcess;

/**
 * Records loaded for a list, with the names of the customers they refer to (and the processes whose stages they show),
 * read together in the background.
 */
record Listing<T>(List<T> rows, Map<Long, String> names, List<SalesProcess> processes) {

	static <T> Listing<T> of(List<T> rows, Function<T, Long> customerId, CustomerService customers) {
		return new Listing<>(rows, customers.names(rows.stream().map(customerId).collect(Collectors.toSet())), List.of());
	}

	/** The same, with the sales processes whose stage labels the rows show. */
	Listing<T> with(List<SalesProcess> all) {
		return new Listing<>(rows, names, all);
	}
}
