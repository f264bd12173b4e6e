package org.rapport.bench;

import java.io.PrintStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.Team;
import org.rapport.platform.security.User;
import org.rapport.sales.Forecasts;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.PipelineStage;
import org.rapport.sales.SalesPeriod;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;

/**
 * {@code bench-sales}: on a database filled by demo-data (an opportunity for one customer in five), tops the stage
 * history up to ten rows per opportunity, then measures the quarter's forecast, a team's pipeline board (the sums
 * and the first cards of every column) and the hand-out of 10,000 leads. Prints its figures.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=bench-sales" })
public class SalesBench extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Forecasts forecasts;

	@Reference
	private Opportunities opportunities;

	@Reference
	private SalesProcesses processes;

	@Reference
	private CustomerService customers;

	@Reference
	private Leads leads;

	@Reference
	private Directory directory;

	@Reference
	private SecurityContext security;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (!open(database, err)) {
			return REJECTED;
		}
		long history = topUpHistory();
		out.println("opportunities: " + count("sales_opportunity") + ", stage history rows: " + history);
		List<String> team = directory.team("Sales KL").map(Team::members).orElseThrow();
		SalesPeriod quarter = SalesPeriod.quarterOf(LocalDate.now());
		String currency = forecasts.companyCurrency();
		Timings company = new Timings();
		Timings teamForecast = new Timings();
		for (int i = 0; i < 20; i++) {
			company.time(() -> forecasts.forecast(new OpportunityFilter(null, List.of(), quarter.from(), quarter.to()),
					currency));
			teamForecast.time(() -> forecasts.forecast(new OpportunityFilter(null, team, quarter.from(), quarter.to()),
					currency));
		}
		out.println("forecast of the quarter, company: " + company.summary() + " (goal < 200 ms)");
		out.println("forecast of the quarter, team of " + team.size() + ": " + teamForecast.summary()
				+ " (goal < 200 ms)");
		Timings board = new Timings();
		Timings anyDate = new Timings();
		for (int i = 0; i < 20; i++) {
			board.time(() -> board(new OpportunityFilter(null, team, quarter.from(), quarter.to())));
			anyDate.time(() -> board(new OpportunityFilter(null, team, null, null)));
		}
		out.println("pipeline board of the team, this quarter (sums + 25 cards per column + names): " + board.summary()
				+ " (goal < 200 ms)");
		out.println("pipeline board of the team, any close date: " + anyDate.summary());
		handOut(out, team);
		recordSecurity(out, team, new OpportunityFilter(null, team, quarter.from(), quarter.to()));
		return OK;
	}

	/**
	 * The cost of record-level security: the same team board read by the administrator (who sees all, so the services
	 * add no condition) and by a manager of the team (the services add the owners the manager may see). Last, because
	 * the account running the bench stops being its administrator.
	 */
	private void recordSecurity(PrintStream out, List<String> team, OpportunityFilter filter) throws Exception {
		Timings without = new Timings();
		for (int i = 0; i < 20; i++) {
			without.time(() -> board(filter));
		}
		Timings with = new Timings();
		if (database.info().kind() == DatabaseKind.POSTGRESQL) {
			asManagerOnServer(team, filter, with);
		} else {
			String me = security.currentLogin();
			List<String> members = new java.util.ArrayList<>(team);
			members.add(me);
			directory.save(new Team("Sales KL", members));
			directory.save(new User(me, me, "sales", Set.of(Role.SALES_MANAGER)));
			for (int i = 0; i < 20; i++) {
				with.time(() -> board(filter));
			}
		}
		out.println("pipeline board of the team, administrator (no record-level security): " + without.summary());
		out.println("pipeline board of the team, its manager (record-level security): " + with.summary());
		out.printf("record-level security cost on the board: %.2fx (goal <= 1.2x)%n",
				with.median() / without.median());
	}

	/** What the board part reads: the sums of every stage, the first cards of all in one query, their customers. */
	private int board(OpportunityFilter filter) {
		SalesProcess process = processes.standard();
		List<PipelineStage> sums = forecasts.pipeline(filter);
		Set<Long> ids = new HashSet<>();
		opportunities.board(filter, process.stages().stream().map(s -> s.id()).toList(), 25).values()
				.forEach(cards -> cards.stream().map(Opportunity::customerId).forEach(ids::add));
		return sums.size() + customers.names(ids).size();
	}

	/**
	 * On PostgreSQL the owner is not bound by the row-level security policies: the manager signs in with a login of
	 * their own, so that the server's policies and the services' conditions both apply, then the owner comes back.
	 */
	private void asManagerOnServer(List<String> team, OpportunityFilter filter, Timings with) throws Exception {
		DatabaseSettings owner = database.settings();
		String login = owner.name() + "_bench_manager";
		directory.save(new User(login, "Bench manager", "sales", Set.of(Role.SALES_MANAGER)));
		List<String> members = new java.util.ArrayList<>(team);
		members.add(login);
		directory.save(new Team("Sales KL", members));
		String password = directory.issuePassword(login);
		database.configure(owner.withLogin(login, password));
		database.open(new NullProgressMonitor());
		try {
			for (int i = 0; i < 20; i++) {
				with.time(() -> board(filter));
			}
		} finally {
			database.configure(owner);
			database.open(new NullProgressMonitor());
		}
	}

	private void handOut(PrintStream out, List<String> team) {
		StringBuilder csv = new StringBuilder("name,company,region\n");
		String[] regions = { "Kuala Lumpur", "Selangor", "Penang", "Johor", "Sabah", "Sarawak", "Melaka" };
		for (int i = 0; i < 10_000; i++) {
			csv.append("Bench lead ").append(i).append(",Company ").append(i % 700).append(',')
					.append(regions[i % regions.length]).append('\n');
		}
		long start = System.nanoTime();
		leads.importLeads(new StringReader(csv.toString()), "bench.csv", new NullProgressMonitor());
		out.printf("imported 10,000 leads in %.2f s%n", (System.nanoTime() - start) / 1e9);
		for (String strategy : List.of("round-robin", "territory")) {
			var unassigned = leads.list(LeadStatus.NEW, "", null, 10_000);
			List<Long> ids = unassigned.stream().map(l -> l.id()).toList();
			start = System.nanoTime();
			var counts = leads.assign(unassigned, strategy, team);
			out.printf("assigned %,d leads (%s) in %.2f s: %s (goal < 5 s)%n", ids.size(), strategy,
					(System.nanoTime() - start) / 1e9, counts);
			if (strategy.equals("round-robin")) {
				unassign(ids);
			}
		}
	}

	/** Tops the stage history up to ten rows per opportunity (earlier visits of its first stage). */
	private long topUpHistory() throws Exception {
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
					"SELECT o.id, COUNT(*) FROM sales_opportunity o JOIN sales_stage_history h ON h.opportunity_id = o.id"
							+ " GROUP BY o.id");
					PreparedStatement insert = c.prepareStatement("INSERT INTO sales_stage_history (opportunity_id,"
							+ " position, stage_id, entered_at, changed_by) VALUES (?, ?, 'prospecting', ?, 'bench')")) {
				int pending = 0;
				Timestamp long_ago = Timestamp.from(Instant.parse("2020-01-01T00:00:00Z"));
				while (rs.next()) {
					for (int k = rs.getInt(2); k < 10; k++) {
						insert.setLong(1, rs.getLong(1));
						insert.setInt(2, -k);
						insert.setTimestamp(3, long_ago);
						insert.addBatch();
						if (++pending % 5000 == 0) {
							insert.executeBatch();
							c.commit();
						}
					}
				}
				insert.executeBatch();
				c.commit();
			}
		}
		return count("sales_stage_history");
	}

	private void unassign(List<Long> ids) {
		try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement()) {
			st.executeUpdate("UPDATE sales_lead SET owner_login = NULL WHERE name LIKE 'Bench lead %'");
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public String usage() {
		return "Usage: rapport admin bench-sales   (on a database filled by demo-data)";
	}

	private long count(String table) throws Exception {
		try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
