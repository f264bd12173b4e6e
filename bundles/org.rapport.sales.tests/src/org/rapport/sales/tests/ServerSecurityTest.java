package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.testing.OnServerDatabase;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.platform.approvals.Approval;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.RecordVisibility;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.Sharing;
import org.rapport.platform.security.Team;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.Order;
import org.rapport.sales.Orders;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.QuoteStatus;
import org.rapport.sales.Quotes;

/**
 * The hostile list on the real PostgreSQL server: each person signs in with their own login, and the server itself
 * keeps them to what Rapport shows. Two reps of different teams and a manager connect over plain JDBC, outside
 * Rapport's services, and see only their teams' opportunities; nobody but the installation's administrator changes
 * the directory, nobody alters or deletes the audit log, and a disabled person is stopped at once.
 */
@EnabledIfSystemProperty(named = TestSupport.POSTGRES, matches = ".+:\\d+/.+")
class ServerSecurityTest extends OnServerDatabase {

	private final String run = Long.toString(System.nanoTime(), 36);

	@Test
	void eachPersonSeesOnlyTheirTeamsOpportunitiesEvenOverPlainJdbc() throws Exception {
		Directory directory = TestSupport.service(Directory.class);
		String ana = login("ana");
		String ben = login("ben");
		String mia = login("mia");
		directory.save(new User(ana, "Ana Lim", "sales", Set.of(Role.SALES_REP)));
		directory.save(new User(ben, "Ben Tan", "sales", Set.of(Role.SALES_REP)));
		directory.save(new User(mia, "Mia Wong", "sales", Set.of(Role.SALES_MANAGER)));
		directory.save(new Team("North " + run, List.of(ana, mia)));
		directory.save(new Team("South " + run, List.of(ben)));
		String anaPassword = directory.issuePassword(ana);
		String benPassword = directory.issuePassword(ben);
		String miaPassword = directory.issuePassword(mia);

		Customer buyer = TestSupport.service(CustomerService.class)
				.create(CustomerInput.person("Farah", "Aziz", "Teras " + run, run + "@teras.my", null));
		Opportunities opportunities = TestSupport.service(Opportunities.class);
		java.util.Map<String, Long> ids = new java.util.HashMap<>();
		for (String owner : List.of(ana, ben, mia)) {
			ids.put(owner, opportunities.create(new OpportunityInput(buyer.id(), run + " " + owner,
					Money.of("1000", "MYR"), LocalDate.now().plusDays(20), null, null, null, owner)).id());
		}

		String anas = run + " " + ana;
		String bens = run + " " + ben;
		String mias = run + " " + mia;
		assertEquals(Set.of(anas, mias), names(ana, anaPassword), "shared with the team: a rep sees their team's");
		assertEquals(Set.of(bens), names(ben, benPassword), "another team's rep sees only their own team's");
		RecordVisibility visibility = TestSupport.service(RecordVisibility.class);
		visibility.share(Opportunities.RECORD_TYPE, Sharing.PRIVATE);
		try {
			assertEquals(Set.of(anas), names(ana, anaPassword), "private: a rep sees their own, not their manager's");
			assertEquals(Set.of(anas, mias), names(mia, miaPassword), "a manager still sees their team's");
		} finally {
			visibility.share(Opportunities.RECORD_TYPE, Sharing.TEAM);
		}

		try (Connection asAna = connectAs(ana, anaPassword); Statement st = asAna.createStatement()) {
			assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM platform_audit_log"));
			assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE platform_audit_log SET new_value = 'x'"));
			assertThrows(SQLException.class, () -> st.executeUpdate(
					"UPDATE platform_user SET roles = 'ADMINISTRATOR' WHERE login = current_user"));
			assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE sales_opportunity SET owner_login = '" + ben
					+ "' WHERE name = '" + anas + "'"), "nor handed to someone out of sight");
			assertEquals(0, st.executeUpdate("UPDATE sales_opportunity SET amount = 1 WHERE name = '" + bens + "'"),
					"another team's opportunity cannot be changed either");
		}

		String anasHistory = "SELECT COUNT(*) FROM sales_stage_history WHERE opportunity_id = " + ids.get(ana);
		assertEquals(1, count(ana, anaPassword, anasHistory), "the stage history comes with the opportunity");
		assertEquals(0, count(ben, benPassword, anasHistory), "and stays out of sight with it");

		try (Connection asBen = connectAs(ben, benPassword); Statement st = asBen.createStatement()) {
			directory.disable(ben);
			assertThrows(SQLException.class, () -> st.executeQuery("SELECT COUNT(*) FROM sales_opportunity"),
					"a disabled person's open session loses its access at once");
		}
		assertThrows(SQLException.class, () -> connectAs(ben, benPassword).close(), "and cannot sign in again");
	}

	@Test
	void aPersonSignsInWithAOneTimePasswordChangesItAndWorksAsThemselves() throws Exception {
		Directory directory = TestSupport.service(Directory.class);
		String ana = login("ana");
		directory.save(new User(ana, "Ana Lim", "sales", Set.of(Role.SALES_REP)));
		String oneTime = directory.issuePassword(ana);
		Customer buyer = TestSupport.service(CustomerService.class)
				.create(CustomerInput.person("Nur", "Hakim", "Delima " + run, run + "@delima.my", null));
		Opportunities opportunities = TestSupport.service(Opportunities.class);
		Opportunity theirs = opportunities.create(new OpportunityInput(buyer.id(), run + " admin's",
				Money.of("500", "MYR"), LocalDate.now().plusDays(5), null, null, null, null));
		DatabaseSettings owner = database.settings();

		// A spoofed user.name changes nothing: the identity is the session's own user.
		String spoofed = System.getProperty("user.name");
		System.setProperty("user.name", owner.user());
		try {
			database.configure(owner.withLogin(ana, oneTime));
			database.open(new NullProgressMonitor());
			assertTrue(database.info().passwordChangeRequired());
			assertFalse(database.info().administrator());
			User me = TestSupport.service(SecurityContext.class).currentUser();
			assertEquals(ana, me.login());
			assertEquals(Set.of(Role.SALES_REP), me.roles());
			assertTrue(opportunities.find(theirs.id()).isEmpty(), "the administrator's opportunity is not shared");
			Opportunity mine = opportunities.create(new OpportunityInput(buyer.id(), run + " mine",
					Money.of("700", "MYR"), LocalDate.now().plusDays(5), null, null, null, null));
			assertEquals(ana, mine.owner());
			assertEquals(List.of(mine.id()), opportunities.ofCustomer(buyer.id(), 10).stream().map(Opportunity::id)
					.toList());
			assertThrows(RuntimeException.class, () -> directory.save(new User(ana, "Ana", "sales",
					Set.of(Role.ADMINISTRATOR))), "a rep cannot make themselves administrator");

			assertThrows(ValidationException.class, () -> directory.changeOwnPassword("short".toCharArray()));
			directory.changeOwnPassword(("Kopi-" + run).toCharArray());
		} finally {
			System.setProperty("user.name", spoofed);
		}
		database.configure(owner.withLogin(ana, oneTime));
		assertThrows(DatabaseException.class, () -> database.open(new NullProgressMonitor()),
				"the one-time password is gone");
		database.configure(owner.withLogin(ana, "Kopi-" + run));
		database.open(new NullProgressMonitor());
		assertFalse(database.info().passwordChangeRequired());
		assertEquals(1, opportunities.list(OpportunityFilter.all(), null, null, 100).stream()
				.filter(o -> o.name().startsWith(run)).count());
	}

	@Test
	void ordersAndPaymentsAreSeenOnTheServerOnlyWithTheQuoteTheyCameFrom() throws Exception {
		Directory directory = TestSupport.service(Directory.class);
		String ana = login("ana");
		directory.save(new User(ana, "Ana Lim", "sales", Set.of(Role.SALES_REP)));
		String anaPassword = directory.issuePassword(ana);
		Customer buyer = TestSupport.service(CustomerService.class)
				.create(CustomerInput.person("Lee", "Chong", "Pantai " + run, run + "@pantai.my", null));
		Product seat = TestSupport.service(Products.class).save("SEAT-" + run, "Seat " + run, Money.of("100", "MYR"),
				true);
		Quotes quotes = TestSupport.service(Quotes.class);
		Quote quote = quotes.create(new QuoteInput(buyer.id(), null, "MYR", LocalDate.now().plusDays(30),
				List.of(new QuoteInput.Line(seat.id(), BigDecimal.ONE, BigDecimal.ZERO))));
		quotes.submit(quote.id());
		Order order = quotes.accept(quote.id());
		TestSupport.service(Orders.class).pay(order.id(), order.version(), Money.of("40", "MYR"), LocalDate.now(),
				"TT " + run);

		String orders = "SELECT COUNT(*) FROM sales_order WHERE quote_id = " + quote.id();
		String payments = "SELECT COUNT(*) FROM sales_payment WHERE order_id = " + order.id();
		assertEquals(0, count(ana, anaPassword, orders), "the administrator's quote is not shared: nor is its order");
		assertEquals(0, count(ana, anaPassword, payments), "nor what was paid on it");
		RecordVisibility visibility = TestSupport.service(RecordVisibility.class);
		visibility.share(Quotes.RECORD_TYPE, Sharing.EVERYONE);
		try {
			assertEquals(1, count(ana, anaPassword, orders), "shared quotes bring their orders");
			assertEquals(1, count(ana, anaPassword, payments), "and their payments");
		} finally {
			visibility.share(Quotes.RECORD_TYPE, Sharing.TEAM);
		}
	}

	@Test
	void aManagersMergeMovesEvenTheOpportunitiesOfTeamsOutOfTheirSight() throws Exception {
		Directory directory = TestSupport.service(Directory.class);
		String mia = login("mia");
		String ben = login("ben");
		directory.save(new User(mia, "Mia Wong", "sales", Set.of(Role.SALES_MANAGER)));
		directory.save(new User(ben, "Ben Tan", "sales", Set.of(Role.SALES_REP)));
		directory.save(new Team("North " + run, List.of(mia)));
		directory.save(new Team("South " + run, List.of(ben)));
		String miaPassword = directory.issuePassword(mia);
		CustomerService customers = TestSupport.service(CustomerService.class);
		Customer kept = customers.create(CustomerInput.person("Aina", "Yusof", "Seri " + run, run + "@seri.my", null));
		Customer twin = customers.create(CustomerInput.person("Aina", "Yusof", "Seri " + run, run + "@seri2.my", null));
		Opportunities opportunities = TestSupport.service(Opportunities.class);
		long bens = opportunities.create(new OpportunityInput(twin.id(), run + " south deal", Money.of("800", "MYR"),
				LocalDate.now().plusDays(9), null, null, null, ben)).id();
		DatabaseSettings owner = database.settings();

		database.configure(owner.withLogin(mia, miaPassword));
		database.open(new NullProgressMonitor());
		assertTrue(opportunities.find(bens).isEmpty(), "the other team's deal is out of the manager's sight");
		TestSupport.service(CustomerDuplicates.class).merge(kept.id(), twin.id(), kept.input());

		database.configure(owner);
		database.open(new NullProgressMonitor());
		assertEquals(kept.id(), opportunities.find(bens).orElseThrow().customerId(),
				"yet it moved with the merge instead of pointing at a customer that is gone");
	}

	@Test
	void aManagerOfAnotherTeamSeesAndDecidesTheQuoteAwaitingTheirApproval() throws Exception {
		Directory directory = TestSupport.service(Directory.class);
		String ana = login("ana");
		String sam = login("sam");
		directory.save(new User(ana, "Ana Lim", "sales", Set.of(Role.SALES_REP)));
		directory.save(new User(sam, "Sam Ong", "sales", Set.of(Role.SALES_MANAGER)));
		directory.save(new Team("North " + run, List.of(ana)));
		directory.save(new Team("South " + run, List.of(sam)));
		String anaPassword = directory.issuePassword(ana);
		String samPassword = directory.issuePassword(sam);
		Customer buyer = TestSupport.service(CustomerService.class)
				.create(CustomerInput.person("Hana", "Ismail", "Kenari " + run, run + "@kenari.my", null));
		Product seat = TestSupport.service(Products.class).save("DESK-" + run, "Desk " + run, Money.of("100", "MYR"),
				true);
		Quotes quotes = TestSupport.service(Quotes.class);
		DatabaseSettings owner = database.settings();

		database.configure(owner.withLogin(ana, anaPassword));
		database.open(new NullProgressMonitor());
		Quote quote = quotes.submit(quotes.create(new QuoteInput(buyer.id(), null, "MYR", LocalDate.now().plusDays(30),
				List.of(new QuoteInput.Line(seat.id(), BigDecimal.TEN, new BigDecimal("45"))))).id());
		assertEquals(QuoteStatus.AWAITING_APPROVAL, quote.status());
		String status = "SELECT status FROM sales_quote WHERE id = " + quote.id();

		database.configure(owner.withLogin(sam, samPassword));
		database.open(new NullProgressMonitor());
		Approvals approvals = TestSupport.service(Approvals.class);
		Approval waiting = approvals.inbox().stream().filter(a -> a.recordId() == quote.id()).findFirst()
				.orElseThrow();
		assertTrue(quotes.find(quote.id()).isPresent(), "the approver sees the quote awaiting them, out of their team");
		approvals.decide(waiting.id(), true, "");
		long until = System.currentTimeMillis() + 10_000;
		while (!"APPROVED".equals(text(sam, samPassword, status)) && System.currentTimeMillis() < until) {
			Thread.sleep(50);
		}
		assertEquals("APPROVED", text(sam, samPassword, status), "and their decision reaches the quote's row");
		database.configure(owner);
		database.open(new NullProgressMonitor());
	}

	private String text(String login, String password, String sql) throws SQLException {
		try (Connection c = connectAs(login, password); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	private String login(String name) {
		return "rapport_test_" + name + "_" + run;
	}

	private Set<String> names(String login, String password) throws SQLException {
		Set<String> names = new TreeSet<>();
		try (Connection c = connectAs(login, password); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT name FROM sales_opportunity WHERE name LIKE '" + run + " %'")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

	private int count(String login, String password, String sql) throws SQLException {
		try (Connection c = connectAs(login, password); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}
}
