package org.rapport.bench;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.felix.service.command.Function;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.Channel;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.internal.demo.DemoCustomers;
import org.rapport.contacts.internal.imports.ContactImport;
import org.rapport.contacts.internal.io.ContactCsvReader;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.store.CustomerRows;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.lists.PageWindow;
import org.rapport.platform.persistence.Database;

/**
 * {@code bench-contacts [ROWS]}: on the database as it is (fill it with demo-data first), measures the import
 * of ROWS customers from CSV against a raw batched JDBC insert of the same rows, filter-as-you-type per
 * keystroke, the first page of the list, and opening a customer. Prints its figures.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=bench-contacts" })
public class ContactsBench extends AdminCommand {

	private static final String[] TYPED = { "zhangs", "zs", "wang", "chen", "ahmad", "siti", "rajesh", "zoe", "tan",
			"012-3", "+6012", "13812", "gmail", "harmoni", "lin", "lee", "kumar", "nur", "smi", "jo" };

	@Reference
	private Database database;

	@Reference
	private CustomerService customers;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		int rows = args.isEmpty() ? 100_000 : Integer.parseInt(args.get(0));
		if (!open(database, err)) {
			return REJECTED;
		}
		importAgainstRawJdbc(Math.min(rows, 5_000), 1, new PrintStream(java.io.OutputStream.nullOutputStream()));
		importAgainstRawJdbc(rows, 2, out);
		typing(out);
		firstPage(out);
		opening(out);
		scrolling(out);
		return OK;
	}

	/** The same new customers (unique emails and numbers) once as raw JDBC, rolled back, then imported. */
	private void importAgainstRawJdbc(int rows, int batch, PrintStream out) throws Exception {
		Path csv = Files.createTempFile("rapport-bench", ".csv");
		List<CustomerInput> inputs = new ArrayList<>();
		DemoCustomers demo = new DemoCustomers(991 + batch, "bench");
		try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			w.write("Given Name,Family Name,Company,E-mail,Mobile,City,Country\n");
			for (int i = 0; i < rows; i++) {
				CustomerInput in = demo.next();
				if (in.givenName() == null) {
					i--;
					continue;
				}
				String email = "b" + batch + "n" + i + "." + value(in, 0);
				String mobile = String.format("+60 11-%04d %04d", batch * 1000 + i / 10_000, i % 10_000);
				in = new CustomerInput(in.kind(), in.name(), in.givenName(), in.familyName(), null, in.company(), null,
						null, null, null, null, in.city(), in.country(), "import", null, null, true, null,
						List.of(new Channel(org.rapport.contacts.ChannelType.EMAIL, "", email, true),
								new Channel(org.rapport.contacts.ChannelType.MOBILE, "", mobile, true)),
						java.util.Set.of(), null, null, null, null, null);
				inputs.add(in);
				w.write(String.join(",", quote(in.givenName()), quote(in.familyName()), quote(in.company()),
						quote(email), quote(mobile), quote(in.city()), quote(in.country())) + "\n");
			}
		}
		List<CustomerKeys> keys = inputs.stream().map(in -> CustomerKeys.of(in, "MY")).toList();
		Timestamp now = Timestamp.from(Instant.now());
		long rawStart = System.nanoTime();
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (CustomerRows insert = new CustomerRows(database.jdbc(), c, "bench")) {
				for (int i = 0; i < inputs.size(); i++) {
					insert.add(inputs.get(i), keys.get(i), now);
					if (insert.pending() == 2_000) {
						insert.flush();
					}
				}
				insert.flush();
			}
			double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
			c.rollback();
			long importStart = System.nanoTime();
			ContactImport.Summary summary;
			try (ContactCsvReader reader = ContactCsvReader.open(csv, "MY")) {
				summary = new ContactImport(database.jdbc(), "MY", "bench").run(reader,
						Files.createTempFile("rapport-bench", ".rejects.csv"), org.rapport.contacts.ContactTransfer.OnDuplicate.SKIP,
						new NullProgressMonitor());
			}
			double importSeconds = (System.nanoTime() - importStart) / 1e9;
			double rawRate = rows / rawSeconds;
			double importRate = (summary.imported() + summary.skipped() + summary.rejected()) / importSeconds;
			out.printf("import of %d customers from CSV: %.0f rows/s (imported %d, skipped %d, rejected %d)%n", rows,
					importRate, summary.imported(), summary.skipped(), summary.rejected());
			out.printf("raw JDBC batched insert of the same rows: %.0f rows/s%n", rawRate);
			out.printf("ratio import/raw: %.2f (goal >= 0.70)%n", importRate / rawRate);
		}
		Files.deleteIfExists(csv);
	}

	private void typing(PrintStream out) {
		Timings timings = new Timings();
		for (int round = 0; round < 2; round++) {
			for (String word : TYPED) {
				for (int i = 1; i <= word.length(); i++) {
					String typed = word.substring(0, i);
					timings.time(() -> customers.search(CustomerQuery.matching(typed, 50)));
				}
			}
		}
		out.println("filter as you type, per keystroke: " + timings.summary() + " (goal p95 < 50 ms)");
	}

	private void firstPage(PrintStream out) {
		Timings timings = new Timings();
		for (int i = 0; i < 30; i++) {
			timings.time(() -> customers.search(CustomerQuery.all(100)));
		}
		out.println("customer list, first page of 100: " + timings.summary() + " (goal < 100 ms)");
		for (org.rapport.contacts.CustomerSort sort : org.rapport.contacts.CustomerSort.values()) {
			Timings sorted = new Timings();
			CustomerQuery query = CustomerQuery.all(100).sortedBy(sort);
			for (int i = 0; i < 10; i++) {
				sorted.time(() -> {
					List<CustomerSummary> first = customers.search(query);
					return customers.search(query.next(first.get(first.size() - 1)));
				});
			}
			out.println("customer list sorted by " + sort.name().toLowerCase(java.util.Locale.ROOT)
					+ ", first two pages: " + sorted.summary());
		}
	}

	private void opening(PrintStream out) {
		List<CustomerSummary> page = customers.search(CustomerQuery.matching("a", 500));
		Random random = new Random(5);
		Timings timings = new Timings();
		for (int i = 0; i < 200 && !page.isEmpty(); i++) {
			long id = page.get(random.nextInt(page.size())).id();
			timings.time(() -> customers.find(id));
		}
		out.println("open a customer (read with channels and tags): " + timings.summary() + " (goal < 200 ms)");
	}

	/**
	 * Pages through the whole list as the grid does when a user scrolls to the end: the grid's page window keeps
	 * the last 20 pages and one line per page; the heap left after that is what the workbench holds.
	 */
	private void scrolling(PrintStream out) {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		PageWindow<CustomerSummary> window = new PageWindow<>(100, 20);
		long start = System.nanoTime();
		CustomerQuery query = CustomerQuery.all(100);
		while (window.hasMore()) {
			int page = window.pages();
			window.arrived(page, customers.search(query.next(window.startAfter(page))));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.gc();
		long after = runtime.totalMemory() - runtime.freeMemory();
		out.printf("scrolling the whole list (%d lines, pages of 100, 20 kept): %.1f s; list holds %d MB"
				+ " (heap %d MB before, %d MB after; goal: workbench heap < 512 MB)%n", window.size(), seconds,
				(after - before) >> 20, before >> 20, after >> 20);
	}

	private static String value(CustomerInput in, int index) {
		List<Channel> channels = in.channels();
		return index < channels.size() ? channels.get(index).value() : "";
	}

	private static String quote(String s) {
		return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
	}

	@Override
	public String usage() {
		return "Usage: rapport admin bench-contacts [ROWS]";
	}
}
