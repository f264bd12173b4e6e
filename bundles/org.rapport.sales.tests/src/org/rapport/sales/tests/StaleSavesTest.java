package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.internal.security.LocalSecurityContext;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.sales.DeliveryStatus;
import org.rapport.sales.Order;
import org.rapport.sales.Orders;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.QuoteLine;
import org.rapport.sales.Quotes;

/**
 * Two people change the same quote or order: the one who saves second from an older copy is told so by the record's
 * number, and the record keeps the first one's change. A save that fails half way leaves nothing of itself.
 */
class StaleSavesTest extends WithCustomers {

	private static final User REP = new User("aisyah", "Nur Aisyah", "sales", Set.of(Role.SALES_REP));
	private static final User COLLEAGUE = new User("jason", "Jason Lim", "sales", Set.of(Role.SALES_REP));

	private LocalSecurityContext security;
	private Quotes quotes;
	private Orders orders;
	private Customer buyer;
	private Product seat;

	@BeforeEach
	void services() throws Exception {
		security = (LocalSecurityContext) TestSupport.service(SecurityContext.class);
		quotes = TestSupport.service(Quotes.class);
		orders = TestSupport.service(Orders.class);
		buyer = customers.create(CustomerInput.person("Kavitha", "Subramaniam", "KL Dental Group",
				"kavitha@kldental.my", null));
		seat = TestSupport.service(Products.class).save("CRM-PRO", "Professional licence, per seat",
				Money.of("600.00", "MYR"), true);
	}

	@AfterEach
	void signOut() {
		security.signIn(null);
	}

	@Test
	void aQuoteSavedFromAnOlderCopyIsRefusedByItsNumberAndKeepsTheOtherChange() {
		security.signIn(REP);
		Quote mine = quotes.create(input(line(10, "0")));
		security.signIn(COLLEAGUE);
		Quote theirs = quotes.find(mine.id()).orElseThrow();
		Quote saved = quotes.update(theirs.id(), theirs.version(), input(line(12, "0")));

		security.signIn(REP);
		StaleRecordException stale = assertThrows(StaleRecordException.class,
				() -> quotes.update(mine.id(), mine.version(), input(line(20, "5"))));
		assertTrue(stale.getMessage().contains(mine.number()), stale.getMessage());
		Quote stored = quotes.find(mine.id()).orElseThrow();
		assertEquals(saved.version(), stored.version());
		assertEquals(List.of(new BigDecimal("12")), quantities(stored), "the colleague's 12 seats");
		assertEquals(Money.of("7200.00", "MYR"), stored.total(), "12 x 600");
	}

	@Test
	void anOrderChangedFromAnOlderCopyIsRefusedByItsNumberAndKeepsTheOtherPayment() {
		Order order = quotes.accept(quotes.submit(quotes.create(input(line(10, "0"))).id()).id());
		Order theirs = orders.pay(order.id(), order.version(), Money.of("1000", "MYR"), LocalDate.now(), "TT 1");

		StaleRecordException payment = assertThrows(StaleRecordException.class,
				() -> orders.pay(order.id(), order.version(), Money.of("2000", "MYR"), LocalDate.now(), "TT 2"));
		assertTrue(payment.getMessage().contains(order.number()), payment.getMessage());
		StaleRecordException delivery = assertThrows(StaleRecordException.class,
				() -> orders.deliver(order.id(), order.version(), DeliveryStatus.SHIPPED));
		assertTrue(delivery.getMessage().contains(order.number()), delivery.getMessage());

		Order stored = orders.find(order.id()).orElseThrow();
		assertEquals(theirs.version(), stored.version());
		assertEquals(Money.of("1000.00", "MYR"), stored.paid(), "only the first payment");
		assertEquals(Money.of("5000.00", "MYR"), stored.outstanding(), "6,000 less 1,000");
		assertEquals(DeliveryStatus.NOT_SHIPPED, stored.delivery());
	}

	@Test
	void aQuoteSaveThatFailsHalfWayLeavesTheQuoteAndItsLinesAsTheyWere() {
		Quote before = quotes.create(input(line(10, "5")));
		// Sixteen digits before the point are all a line's quantity holds: the second line fails after the quote's
		// row and its first line were written (all of it free, so the quote's total still fits).
		QuoteInput.Line overflowing = new QuoteInput.Line(seat.id(), new BigDecimal("10000000000000000"),
				new BigDecimal("100"));

		assertThrows(DatabaseException.class,
				() -> quotes.update(before.id(), before.version(), input(line(3, "0"), overflowing)));
		Quote after = quotes.find(before.id()).orElseThrow();
		assertEquals(before.version(), after.version());
		assertEquals(before.total(), after.total());
		assertEquals(before.lines(), after.lines());

		assertThrows(DatabaseException.class, () -> quotes.create(input(line(3, "0"), overflowing)));
		assertEquals(List.of(before.id()), quotes.ofCustomer(buyer.id(), 10).stream().map(Quote::id).toList(),
				"a new quote that failed half way is not kept");
	}

	private QuoteInput input(QuoteInput.Line... lines) {
		return new QuoteInput(buyer.id(), null, "MYR", LocalDate.now().plusDays(30), List.of(lines));
	}

	private QuoteInput.Line line(int seats, String discount) {
		return new QuoteInput.Line(seat.id(), BigDecimal.valueOf(seats), new BigDecimal(discount));
	}

	private static List<BigDecimal> quantities(Quote quote) {
		return quote.lines().stream().map(QuoteLine::quantity).map(BigDecimal::stripTrailingZeros).toList();
	}
}
