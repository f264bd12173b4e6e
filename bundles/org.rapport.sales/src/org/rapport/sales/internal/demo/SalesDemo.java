package org.rapport.sales.internal.demo;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.DemoRecords;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.Team;
import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Forecasts;
import org.rapport.sales.Leads;
import org.rapport.sales.Products;
import org.rapport.sales.SalesPeriod;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;
import org.rapport.sales.internal.Messages;

/**
 * The sales part of {@code demo-data}: an opportunity for one customer in five over two years (the old ones won
 * or lost, the recent ones open in every stage, each with the stages it went through), exchange rates, quarterly
 * quotas near what each rep sold, and new leads. Written in batches through the platform's JDBC layer.
 */
@Component(service = DemoRecords.class, property = "service.ranking:Integer=10")
public class SalesDemo implements DemoRecords {

	private static final String[] WHAT = { "Annual licence", "Fleet renewal", "Office fit-out", "Support contract",
			"Pilot project", "Training package", "Hardware refresh", "年度合约", "Pakej latihan" };
	private static final String[] LOST_REASONS = { "Chose a competitor on price", "No budget this year",
			"The project was put on hold", "Went with their existing supplier", "We could not meet the deadline" };
	private static final String[] COMPETITORS = { "", "", "Acme Systems", "Sinar Teknologi", "Harmoni CRM" };
	private static final String[] NEXT = { "Send the revised proposal", "Call the finance director",
			"Arrange a demo", "Visit the plant", "Confirm the budget" };
	private static final String[] SOURCES = { "campaign", "exhibition", "referral", "web", "cold call" };
	private static final String[] FIRST = { "Ahmad", "Siti", "Wei Ming", "Mei Hua", "Arjun", "Kavitha", "Jason",
			"Nurul", "Hafiz", "Li Na" };
	private static final String[] LAST = { "Rahman", "Tan", "Lim", "Wong", "Subramaniam", "Abdullah", "Lee", "Ng" };
	private static final String[] COMPANIES = { "Sinar Logistics Sdn Bhd", "Harmoni Foods", "KL Dental Group",
			"Pelangi Hotels", "Tan & Co Engineering", "Bukit Jalil Motors", "新华贸易", "Seri Kembangan Textiles" };
	private static final String[] REGIONS = { "Kuala Lumpur", "Selangor", "Penang", "Johor", "Sabah", "Sarawak" };
	private static final String[] LOST = { "No budget this year", "Chose a competitor", "Could not reach them" };
	private static final int BATCH = 2_000;

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private Directory directory;

	@Reference
	private SalesProcesses processes;

	@Reference
	private Forecasts forecasts;

	@Reference
	private Leads leadService;

	@Reference
	private Products products;

	@Override
	public String add(long afterId, int seed, IProgressMonitor monitor) throws Exception {
		Random random = new Random(seed + 5L);
		List<String> team = directory.team("Sales KL").map(Team::members)
				.orElse(List.of(security.currentLogin()));
		LocalDate today = LocalDate.now();
		forecasts.rate("SGD", today.minusYears(3), new BigDecimal("3.38"));
		forecasts.rate("SGD", today.minusMonths(8), new BigDecimal("3.46"));
		forecasts.rate("USD", today.minusYears(3), new BigDecimal("4.52"));
		forecasts.rate("USD", today.minusMonths(8), new BigDecimal("4.71"));
		Map<String, BigDecimal> sold = new HashMap<>();
		int[] counts = opportunities(afterId, team, random, sold, monitor);
		for (Map.Entry<String, BigDecimal> won : sold.entrySet()) {
			String[] key = won.getKey().split("\u0001");
			SalesPeriod quarter = SalesPeriod.parse(key[1]).orElseThrow();
			// A quota a little above or below what the rep sold (what they will sell, for future quarters).
			BigDecimal quota = won.getValue().multiply(BigDecimal.valueOf(85 + random.nextInt(40)))
					.divide(BigDecimal.valueOf(100)).setScale(-3, java.math.RoundingMode.HALF_UP);
			forecasts.quota(key[0], quarter, new Money(quota.max(BigDecimal.valueOf(10_000)),
					java.util.Currency.getInstance("MYR")));
		}
		int[] paperwork = new SalesDemoOrders(database, products, random).add(security.currentLogin());
		int leads = leads(counts[0] / 10 + 10, team, random);
		for (int i = 0; i < REGIONS.length && team.size() > 1; i++) {
			leadService.territory(REGIONS[i], team.get(i % team.size()));
		}
		return NLS.bind(Messages.Demo_done, new Object[] { counts[0], counts[1], sold.size(), leads, paperwork[0],
				paperwork[1] });
	}

	/**
	 * Opportunities and their stage histories, committed {@value #BATCH} at a time so that the progress shows and a
	 * cancelled run keeps what it wrote; returns how many of each were written.
	 */
	private int[] opportunities(long afterId, List<String> team, Random random, Map<String, BigDecimal> sold,
			IProgressMonitor monitor) {
		SalesProcess process = processes.standard();
		List<SalesStage> open = process.stages().stream().filter(s -> s.outcome() == SalesStage.Outcome.OPEN).toList();
		SalesStage won = process.stages().stream().filter(s -> s.outcome() == SalesStage.Outcome.WON).findFirst().orElseThrow();
		SalesStage lost = process.stages().stream().filter(s -> s.outcome() == SalesStage.Outcome.LOST).findFirst().orElseThrow();
		ZoneId zone = ZoneId.systemDefault();
		Instant now = Instant.now();
		LocalDate today = LocalDate.now(zone);
		Jdbc jdbc = database.jdbc();
		Batch batch = new Batch();
		// The customers stream through a cursor of their own, in a transaction because PostgreSQL fetches a thousand
		// at a time only inside one; the opportunities commit in transactions of their own.
		jdbc.change(read -> {
			try (PreparedStatement customers = Rows.prepare(read,
					"SELECT id FROM contacts_customer WHERE id > ? ORDER BY id", List.of(afterId))) {
				customers.setFetchSize(1000);
				try (ResultSet rs = customers.executeQuery()) {
					while (rs.next()) {
						if (random.nextInt(5) != 0) {
							continue;
						}
						long id = jdbc.nextId(read, "sales_seq");
						String owner = team.get(random.nextInt(team.size()));
						Instant created = now.minus(random.nextInt(730), ChronoUnit.DAYS).minus(random.nextInt(600), ChronoUnit.MINUTES);
						LocalDate close = LocalDate.ofInstant(created, zone).plusDays(30 + random.nextInt(150));
						boolean closed = close.isBefore(today);
						int reached = closed ? (random.nextInt(10) < 4 ? open.size() : random.nextInt(open.size()))
								: random.nextInt(open.size());
						SalesStage last = closed ? (reached == open.size() ? won : lost) : open.get(reached);
						Instant end = closed ? close.atTime(16, 0).atZone(zone).toInstant() : now;
						int steps = Math.min(reached, open.size() - 1) + 1 + (closed ? 1 : 0);
						long span = Math.max(1, ChronoUnit.MINUTES.between(created, end));
						Instant entered = created;
						for (int i = 0; i < steps; i++) {
							SalesStage stage = i < steps - 1 || !closed ? open.get(Math.min(i, open.size() - 1)) : last;
							entered = i == 0 ? created : created.plus(span * i / steps + random.nextInt(60), ChronoUnit.MINUTES);
							batch.history.add(List.of(id, i, stage.id(), entered, owner));
						}
						String currency = random.nextInt(10) == 0 ? "SGD" : random.nextInt(15) == 0 ? "USD" : "MYR";
						BigDecimal amount = BigDecimal.valueOf((5 + random.nextInt(200)) * 500L);
						batch.opportunities.add(List.of(id, rs.getLong(1), WHAT[random.nextInt(WHAT.length)], amount,
								currency, close, process.id(), last.id(), last.probability(), owner, entered,
								closed ? "" : NEXT[random.nextInt(NEXT.length)],
								COMPETITORS[random.nextInt(COMPETITORS.length)], created,
								last == lost ? LOST_REASONS[(int) (id % LOST_REASONS.length)] : ""));
						if (last == won || !closed) {
							BigDecimal inMyr = amount.multiply(currency.equals("MYR") ? BigDecimal.ONE : BigDecimal.valueOf(4));
							sold.merge(owner + "\u0001" + SalesPeriod.quarterOf(close).name(),
									last == won ? inMyr : inMyr.multiply(BigDecimal.valueOf(last.probability())).divide(BigDecimal.valueOf(100)),
									BigDecimal::add);
						}
						if (batch.opportunities.size() == BATCH) {
							batch.write(jdbc);
							monitor.worked(BATCH);
							if (monitor.isCanceled()) {
								throw new OperationCanceledException();
							}
						}
					}
				}
			}
			batch.write(jdbc);
		});
		return new int[] { batch.written, batch.histories };
	}

	/** Opportunities and their stage histories not yet written, and how many were. */
	private static final class Batch {
		final List<List<Object>> opportunities = new ArrayList<>();
		final List<List<Object>> history = new ArrayList<>();
		int written;
		int histories;

		void write(Jdbc jdbc) {
			jdbc.change(c -> {
				try (PreparedStatement insert = c.prepareStatement("INSERT INTO sales_opportunity (id, version,"
						+ " customer_id, name, amount, currency, close_date, process_id, stage_id, probability,"
						+ " owner_login, stage_entered_at, next_step, competitors, created_at, lost_reason)"
						+ " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
						PreparedStatement steps = c.prepareStatement("INSERT INTO sales_stage_history (opportunity_id,"
								+ " position, stage_id, entered_at, changed_by) VALUES (?, ?, ?, ?, ?)")) {
					add(insert, opportunities);
					add(steps, history);
				}
			});
			written += opportunities.size();
			histories += history.size();
			opportunities.clear();
			history.clear();
		}

		private static void add(PreparedStatement st, List<List<Object>> rows) throws SQLException {
			for (List<Object> row : rows) {
				Rows.bind(st, row);
				st.addBatch();
			}
			st.executeBatch();
		}
	}

	private int leads(int count, List<String> team, Random random) {
		Jdbc jdbc = database.jdbc();
		Instant now = Instant.now();
		jdbc.change(c -> {
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO sales_lead (id, name, company, email,"
					+ " source, status, owner_login, created_at, region, region_key, phone, lost_reason)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (int i = 0; i < count; i++) {
					// Mostly new leads, some contacted or showing intent, a few lost.
					int n = random.nextInt(10);
					String status = n < 5 ? "NEW" : n < 7 ? "CONTACTED" : n < 9 ? "INTENT" : "LOST";
					String first = FIRST[random.nextInt(FIRST.length)];
					String last = LAST[random.nextInt(LAST.length)];
					String company = COMPANIES[random.nextInt(COMPANIES.length)];
					String email = (first + "." + last).toLowerCase(Locale.ROOT).replace(' ', '.') + i + "@example.com";
					String source = SOURCES[random.nextInt(SOURCES.length)];
					String owner = status.equals("NEW") ? null : team.get(random.nextInt(team.size()));
					Instant created = now.minus(random.nextInt(90 * 24), ChronoUnit.HOURS);
					String region = REGIONS[random.nextInt(REGIONS.length)];
					String phone = "+60 12-" + (100_0000 + random.nextInt(899_0000));
					String reason = status.equals("LOST") ? LOST[random.nextInt(LOST.length)] : "";
					Rows.bind(insert, Arrays.asList(jdbc.nextId(c, "sales_seq"), first + " " + last, company, email,
							source, status, owner, created, region, AssignmentStrategy.Team.regionKey(region), phone,
							reason));
					insert.addBatch();
				}
				insert.executeBatch();
			}
		});
		return count;
	}
}
