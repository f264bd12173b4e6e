package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.internal.security.LocalSecurityContext;
import org.rapport.platform.money.Money;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.QuoteStatus;
import org.rapport.sales.Quotes;

/**
 * A sales manager's decision on a discount: the quote lists under it at once, the decision is stored with the quote
 * by the approval listener, and the rep's copy opened before it was stored can still be saved.
 */
class QuoteDecisionTest extends WithCustomers {

	private static final User REP = new User("aisyah", "Nur Aisyah", "sales", Set.of(Role.SALES_REP));
	private static final User MANAGER = new User("daniel", "Daniel Wong", "sales", Set.of(Role.SALES_MANAGER));

	private LocalSecurityContext security;
	private Quotes quotes;
	private Approvals approvals;
	private Customer buyer;
	private Product seat;

	@BeforeEach
	void services() throws Exception {
		security = (LocalSecurityContext) TestSupport.service(SecurityContext.class);
		quotes = TestSupport.service(Quotes.class);
		approvals = TestSupport.service(Approvals.class);
		buyer = customers.create(CustomerInput.person("Hafiz", "Rahman", "Bukit Jalil Motors", "hafiz@bjm.my", null));
		seat = TestSupport.service(Products.class).save("CRM-ENT", "Enterprise licence, per seat",
				Money.of("1000.00", "MYR"), true);
	}

	@AfterEach
	void signOut() {
		security.signIn(null);
	}

	@Test
	void anApprovedDiscountListsTheQuoteAsApprovedAtOnce() {
		Quote quote = submitted("20");
		security.signIn(MANAGER);
		approvals.decide(approvals.inbox().get(0).id(), true, "");
		security.signIn(REP);
		assertEquals(List.of(quote.id()), ids(quotes.inStatus(QuoteStatus.APPROVED, 10)));
		assertEquals(List.of(), ids(quotes.inStatus(QuoteStatus.AWAITING_APPROVAL, 10)));
	}

	@Test
	void aRejectionIsStoredWithTheQuoteAndTheRepsOpenCopyCanStillBeSaved() throws Exception {
		Quote quote = submitted("30");
		security.signIn(MANAGER);
		approvals.decide(approvals.inbox().get(0).id(), false, "Offer 10% at most.");
		security.signIn(REP);
		Quote open = quotes.find(quote.id()).orElseThrow();
		assertEquals(QuoteStatus.REJECTED, open.status());
		assertEquals("Offer 10% at most.", open.rejection());

		long until = System.currentTimeMillis() + 10_000;
		while (!"REJECTED".equals(stored(quote)) && System.currentTimeMillis() < until) {
			Thread.sleep(20);
		}
		assertEquals("REJECTED", stored(quote), "the decision reaches the quote's own row");
		Quote changed = quotes.update(open.id(), open.version(), new QuoteInput(buyer.id(), null, "MYR",
				LocalDate.now().plusDays(30), List.of(new QuoteInput.Line(seat.id(), BigDecimal.TEN, BigDecimal.TEN))));
		assertEquals(QuoteStatus.DRAFT, changed.status());
		assertTrue(changed.version() > open.version());
	}

	private Quote submitted(String discount) {
		security.signIn(REP);
		Quote quote = quotes.submit(quotes.create(new QuoteInput(buyer.id(), null, "MYR", LocalDate.now().plusDays(30),
				List.of(new QuoteInput.Line(seat.id(), BigDecimal.TEN, new BigDecimal(discount))))).id());
		assertEquals(QuoteStatus.AWAITING_APPROVAL, quote.status());
		return quote;
	}

	/** The status in the quote's row, as lists by status and reports read it. */
	private String stored(Quote quote) {
		return database.jdbc().first("SELECT status FROM sales_quote WHERE id = ?", List.of(quote.id()),
				rs -> rs.getString(1)).orElseThrow();
	}

	private static List<Long> ids(List<Quote> found) {
		return found.stream().map(Quote::id).toList();
	}
}
